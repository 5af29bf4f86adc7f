import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFilesUnder } from './files.ts';

/**
 * Writes <lang>/offline.json: every file a reader needs to read and search
 * one language offline, for the service worker to store when asked. Its
 * version changes with any of those files, so a kept copy knows to update.
 */
export function writeOfflineLists(dir: string, languages: string[]): void {
	const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
	for (const lang of languages) {
		const pages = listFilesUnder(dir, lang).filter((file) => !file.endsWith('/offline.json'));
		const search = entry.languages[lang]
			? [
					'pagefind/pagefind.js',
					'pagefind/pagefind-entry.json',
					`pagefind/wasm.${entry.languages[lang].wasm ?? 'unknown'}.pagefind`,
					`pagefind/pagefind.${entry.languages[lang].hash}.pf_meta`,
					...['index', 'fragment'].flatMap((folder) =>
						readdirSync(join(dir, 'pagefind', folder))
							.filter((name) => name.startsWith(`${lang}_`))
							.map((name) => `pagefind/${folder}/${name}`),
					),
				].filter((file) => existsSync(join(dir, file)))
			: [];
		const files = [...pages, ...search].sort();
		const version = createHash('sha256');
		for (const file of files) version.update(file).update(readFileSync(join(dir, file)));
		// Pages are stored under their address (es/metadata/), not their file name.
		const urls = files.map((file) => file.replace(/(^|\/)index\.html$/, '$1'));
		writeFileSync(join(dir, lang, 'offline.json'), JSON.stringify({ version: version.digest('hex').slice(0, 16), files: urls }));
	}
}
