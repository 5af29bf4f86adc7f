import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function readPage(root: string, path: string): string {
	return readFileSync(join(root, path), 'utf8');
}

/** Every file below `dir/folder` (or all of `dir`), as sorted paths from `dir` with forward slashes. */
export function listFilesUnder(dir: string, folder = ''): string[] {
	if (!existsSync(join(dir, folder))) return [];
	return readdirSync(join(dir, folder), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}
