import { transformSync } from 'esbuild';

const done = new Map<string, string>();

/**
 * A script as a page carries it inline: minified, since every byte of a
 * guide's first view counts (14 KiB gzip), and kept once per build however
 * many pages carry it. The scripts live in src/render/scripts/ as plain files.
 */
export function inlineScript(code: string): string {
	let small = done.get(code);
	if (small === undefined) {
		small = transformSync(code, { loader: 'js', minify: true, legalComments: 'none' }).code.trim();
		done.set(code, small);
	}
	return small;
}
