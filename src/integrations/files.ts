import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AstroIntegrationLogger } from 'astro';
import { bodyMarkerPattern, handbookBody } from '../lib/handbook.ts';

/**
 * Pages whose route ends in ".html" (the handbooks) must be single files a
 * reader can download and forward; Astro's directory format writes them as
 * "handbook.html/index.html", so they are moved into place here.
 */
export function flattenHtmlRoutes(dir: string): string[] {
	const moved: string[] = [];
	const walk = (folder: string) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (!statSync(path).isDirectory()) continue;
			if (name.endsWith('.html') && existsSync(join(path, 'index.html')) && readdirSync(path).length === 1) {
				renameSync(join(path, 'index.html'), `${path}.tmp`);
				rmdirSync(path);
				renameSync(`${path}.tmp`, path);
				moved.push(path);
			} else walk(path);
		}
	};
	walk(dir);
	return moved;
}

/** Every file below `dir/folder` (or all of `dir`), as sorted paths from `dir` with forward slashes. */
export function listFilesUnder(dir: string, folder = ''): string[] {
	if (!existsSync(join(dir, folder))) return [];
	return readdirSync(join(dir, folder), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/**
 * Replaces a file in one step (write beside it, then rename), so a reader
 * running at the same time, such as the search indexer, sees the old file or
 * the new one, never half of one.
 */
export function replaceFile(path: string, text: string): void {
	writeFileSync(`${path}.partial`, text);
	renameSync(`${path}.partial`, path);
}

/**
 * Publishes the size and SHA-256 of every downloadable file: fills them into
 * the downloads pages (which are rendered before the files exist) and writes
 * SHA256SUMS. Reports each handbook's compressed size, and warns when one is
 * larger than site.yml's handbookMaxKB.
 */
export function publishDownloads(dir: string, files: string[], budgetKB: number, logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>): void {
	const sums: string[] = [];
	for (const file of files.sort()) {
		const bytes = readFileSync(file);
		const sha256 = createHash('sha256').update(bytes).digest('hex');
		const name = relative(dir, file).split(sep).join('/');
		sums.push(`${sha256}  ${name}`);
		const gzip = gzipSync(bytes).length;
		logger.info(`${name}: ${(bytes.length / 1024).toFixed(1)} KiB, ${(gzip / 1024).toFixed(1)} KiB gzip`);
		// A warning, not a failure: the site is still worth publishing (the tests hold the shipped guide and the benchmark to the budget).
		if (gzip > budgetKB * 1024) {
			const guides = bytes.toString('utf8').split('class="hb-guide"').length - 1;
			logger.warn(
				guides === 1
					? `${name} is ${(gzip / 1024).toFixed(1)} KiB gzip, more than handbookMaxKB (${budgetKB}) in site.yml allows, because its one guide is larger than that on its own. Split that guide in two, or raise handbookMaxKB.`
					: `${name} is ${(gzip / 1024).toFixed(1)} KiB gzip, more than handbookMaxKB (${budgetKB}) in site.yml allows: its guides weigh more once built than their files suggested. Lower handbookMaxKB a little to make the parts smaller.`,
			);
		}
		const downloads = join(file, '..', 'downloads', 'index.html');
		if (existsSync(downloads)) {
			const html = readFileSync(downloads, 'utf8')
				.replaceAll(`__HANDBOOK_SHA256:${basename(file)}__`, sha256)
				.replaceAll(`__HANDBOOK_SIZE:${basename(file)}__`, `${Math.ceil(bytes.length / 1024)} KB`);
			replaceFile(downloads, html);
		}
	}
	writeFileSync(join(dir, 'SHA256SUMS'), `${sums.join('\n')}\n`);
}

/**
 * Adds each page's Content-Security-Policy as a <meta> tag, and returns the
 * policy of every page by address, for writeHeaders.
 */
export function applySecurityPolicy(dir: string, policyOf: (html: string) => string, addMeta: (html: string, policy: string) => string): Map<string, string> {
	const policies = new Map<string, string>();
	for (const file of listFilesUnder(dir).filter((f) => f.endsWith('.html'))) {
		const path = join(dir, file);
		const html = readFileSync(path, 'utf8');
		const policy = policyOf(html);
		replaceFile(path, addMeta(html, policy));
		policies.set(pageAddress(file), policy);
	}
	return policies;
}

/** The address a page file is served at: en/x/index.html is /en/x/. */
const pageAddress = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

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

/**
 * Puts each guide's built body into the handbooks, in place of its marker
 * (see handbookBody). A link to a guide in another part of the same
 * language's handbook leads to that part's file.
 */
export function fillHandbooks(dir: string, handbooks: string[], siteUrl: string): void {
	const html = new Map(handbooks.map((file) => [file, readFileSync(file, 'utf8')]));
	// Which file of its language's handbook each guide is in.
	const fileOf = new Map<string, string>();
	for (const [file, text] of html) for (const [, lang, slug] of text.matchAll(bodyMarkerPattern)) fileOf.set(`${lang}/${slug}`, file);
	for (const [file, text] of html) {
		const parts = new Map<string, string>();
		for (const [key, other] of fileOf) if (dirname(other) === dirname(file)) parts.set(key.slice(key.indexOf('/') + 1), other === file ? '' : basename(other));
		writeFileSync(
			file,
			text.replace(bodyMarkerPattern, (_, lang: string, slug: string) => handbookBody(readFileSync(join(dir, lang, slug, 'index.html'), 'utf8'), lang, slug, parts, siteUrl)),
		);
	}
}

/**
 * Writes every discreet page from the one Astro rendered for its language:
 * they differ only in the guide they forward to and their own address, not in
 * their scripts or styles, so each copy has the policy of its template (which
 * already carries it, see finishSite).
 */
export function copyDiscreetPages(dir: string, pages: { lang: string; slug: string; path: string }[], policies: Map<string, string>): void {
	const byLang = new Map<string, typeof pages>();
	for (const page of pages) byLang.set(page.lang, [...(byLang.get(page.lang) ?? []), page]);
	for (const [, group] of byLang) {
		const [first, ...rest] = group;
		const template = readFileSync(join(dir, first.path, 'index.html'), 'utf8');
		const policy = policies.get(first.path);
		for (const page of rest) {
			const html = template.replaceAll(`../../${first.slug}/`, `../../${page.slug}/`).replaceAll(first.path, page.path);
			mkdirSync(join(dir, page.path), { recursive: true });
			writeFileSync(join(dir, page.path, 'index.html'), html);
			if (policy) policies.set(page.path, policy);
		}
	}
}
