import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file in a built site, as paths relative to its root with forward slashes. */
export function listFiles(root: string): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else out.push(relative(root, path).split(sep).join('/'));
		}
	};
	walk(root);
	return out.sort();
}

export function readPage(root: string, path: string): string {
	return readFileSync(join(root, path), 'utf8');
}
