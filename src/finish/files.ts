import { renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Replaces a file in one step (write beside it, then rename), so a reader
 * running at the same time, such as the search indexer, sees the old file or
 * the new one, never half of one.
 */
export function replaceFile(path: string, text: string | Uint8Array): void {
	writeFileSync(`${path}.partial`, text);
	renameSync(`${path}.partial`, path);
}

/**
 * Astro writes a page whose route ends in ".html" (a handbook) as a folder,
 * "handbook.html/index.html"; the reader must get one file to download and
 * forward, so it is moved into place.
 */
export function flattenHtmlRoute(dir: string, file: string): void {
	const folder = join(dir, file);
	renameSync(join(folder, 'index.html'), `${folder}.tmp`);
	rmdirSync(folder);
	renameSync(`${folder}.tmp`, folder);
}

/**
 * Writes _headers (read by Netlify, Cloudflare Pages and others): headers for
 * every page, and each page's own policy plus frame-ancestors, which only
 * works as a header.
 */
export function writeHeaders(dir: string, policies: Map<string, string>, common: Record<string, string>): void {
	const blocks = [`/*\n${Object.entries(common).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`];
	for (const [url, policy] of [...policies].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) blocks.push(`${url}\n  Content-Security-Policy: ${policy}; frame-ancestors 'none'`);
	writeFileSync(join(dir, '_headers'), `${blocks.join('\n\n')}\n`);
}
