import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The search files a reader needs to search one language offline: Pagefind's
 * script, entry, WebAssembly and meta file, and the language's index chunks
 * and result fragments. Pagefind names them by hash, so its own entry file and
 * folders say which they are.
 */
export function searchFilesOf(dir: string, lang: string): string[] {
	const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
	if (!entry.languages[lang]) return [];
	return [
		'pagefind/pagefind.js',
		'pagefind/pagefind-entry.json',
		`pagefind/wasm.${entry.languages[lang].wasm ?? 'unknown'}.pagefind`,
		`pagefind/pagefind.${entry.languages[lang].hash}.pf_meta`,
		...['index', 'fragment'].flatMap((folder) =>
			readdirSync(join(dir, 'pagefind', folder))
				.filter((name) => name.startsWith(`${lang}_`))
				.map((name) => `pagefind/${folder}/${name}`),
		),
	].filter((file) => existsSync(join(dir, file)));
}

/**
 * <lang>/offline.json: every file a reader needs to read and search one
 * language offline, for the service worker to store when asked. Its version
 * changes with any of those files, so a kept copy knows to update.
 */
export function offlineList(files: { file: string; bytes: Uint8Array }[]): string {
	const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
	const version = createHash('sha256');
	for (const { file, bytes } of sorted) version.update(file).update(bytes);
	// Pages are stored under their address (es/metadata/), not their file name.
	const urls = sorted.map(({ file }) => file.replace(/(^|\/)index\.html$/, '$1'));
	return JSON.stringify({ version: version.digest('hex').slice(0, 16), files: urls });
}
