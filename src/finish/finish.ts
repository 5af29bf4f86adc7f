import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AstroIntegrationLogger } from 'astro';
import type { DiscreetPage, PageEntry, SitePlan } from '../site/plan.ts';
import { commonHeaders, pagePolicy, withPolicyMeta } from './csp.ts';
import { downloadFacts, fillDownloads, type DownloadFacts } from './downloads.ts';
import { flattenHtmlRoute, replaceFile, writeHeaders } from './files.ts';
import { fillHandbook, guideBodyOf } from './handbooks.ts';
import { offlineList, searchFilesOf } from './offline.ts';
import { buildSearchIndex } from './pagefind.ts';

export type Log = Pick<AstroIntegrationLogger, 'info' | 'warn'>;

/**
 * Which pages are finished first: a handbook needs its guides' bodies, and a
 * downloads page its handbooks' checksums. Every other kind comes after them.
 */
const order: Partial<Record<PageEntry['kind'], number>> = { guide: 0, handbook: 1, downloads: 2 };
const rank = (page: PageEntry) => order[page.kind] ?? 3;

/**
 * Everything the built site needs after Astro has rendered it, in one visit of
 * each page the plan lists: fill it (handbook bodies, download checksums),
 * secure it (its Content-Security-Policy, by hash), and keep its final bytes
 * for the checksums and offline lists. Pagefind indexes the guide pages in its
 * own process meanwhile. Returns how long each stage took, for `npm run bench`.
 */
export async function finishSite(out: string, plan: SitePlan, log: Log): Promise<Record<string, number>> {
	const started = performance.now();
	for (const page of plan.pages) if (page.kind === 'handbook') flattenHtmlRoute(out, page.file);
	// Pagefind runs in its own process while the rest is written: it only reads
	// guide pages, which from here on change only by an atomic replace that
	// adds a <meta> tag to their <head>, outside what it indexes.
	const indexing = buildSearchIndex(out);
	// Settle the promise now, so a failure is reported once, below, and never as unhandled.
	indexing.catch(() => {});

	/** Each published file's final bytes, by file: what its checksum and its language's offline version are made of. */
	const written = new Map<string, Uint8Array>();
	const policies = new Map<string, string>();
	const bodies = new Map<string, string>();
	const handbooks = new Map<string, DownloadFacts>();
	const publish = (page: PageEntry, html: string, policy: string) => {
		const bytes = Buffer.from(html);
		replaceFile(join(out, page.file), bytes);
		written.set(page.file, bytes);
		policies.set(page.path, policy);
	};

	for (const page of [...plan.pages].sort((a, b) => rank(a) - rank(b))) {
		// Copied from their template once it is finished (see DiscreetPage); data files need no policy.
		if ((page.kind === 'discreet' && page.template) || !page.file.endsWith('.html')) continue;
		let html = readFileSync(join(out, page.file), 'utf8');
		if (page.kind === 'guide') bodies.set(page.path, guideBodyOf(html));
		if (page.kind === 'handbook') html = fillHandbook(html, page, (path) => bodies.get(path)!, plan.siteUrl);
		if (page.kind === 'downloads') {
			const files = new Map(page.handbooks.map((handbook) => [handbook.name, handbook.file]));
			html = fillDownloads(html, (name) => handbooks.get(files.get(name)!)!);
		}
		// The policy goes in before checksums are taken: the published file is the final one.
		const policy = pagePolicy(html, { search: page.kind === 'home' && page.search });
		publish(page, withPolicyMeta(html, policy), policy);
		if (page.kind === 'handbook') {
			const bytes = written.get(page.file)!;
			handbooks.set(page.file, downloadFacts(bytes));
			reportSize(page.file, bytes, page.parts[page.part - 1].length, plan.handbookMaxKB, log);
		}
	}
	for (const page of plan.pages) if (page.kind === 'discreet' && page.template) copyDiscreetPage(out, page, page.template, written, policies);

	writeHeaders(out, policies, commonHeaders);
	const sums = [...handbooks].sort(([a], [b]) => (a < b ? -1 : 1)).map(([file, facts]) => `${facts.sha256}  ${file}`);
	writeFileSync(join(out, 'SHA256SUMS'), `${sums.join('\n')}\n`);
	const offlineFiles = performance.now() - started;

	const pages = await indexing;
	log.info(`Search index: ${pages} pages.`);
	const pagefind = performance.now() - started - offlineFiles;
	for (const language of plan.languages) {
		const lang = language.code;
		const files = plan.pages.filter((page) => page.offline === lang).map((page) => ({ file: page.file, bytes: written.get(page.file)! }));
		for (const file of searchFilesOf(out, lang)) files.push({ file, bytes: readFileSync(join(out, file)) });
		writeFileSync(join(out, lang, 'offline.json'), offlineList(files));
	}
	return { offlineFiles: performance.now() - started - pagefind, pagefind };
}

/**
 * A discreet page differs from its language's rendered one only in the guide
 * it forwards to and its own address, not in its scripts or styles, so it
 * takes the template's final text with those replaced, and its policy.
 */
function copyDiscreetPage(out: string, page: DiscreetPage, template: DiscreetPage, written: Map<string, Uint8Array>, policies: Map<string, string>): void {
	const html = Buffer.from(written.get(template.file)!)
		.toString('utf8')
		.replaceAll(`../../${template.route.slug}/`, `../../${page.route.slug}/`)
		.replaceAll(template.path, page.path);
	mkdirSync(dirname(join(out, page.file)), { recursive: true });
	const bytes = Buffer.from(html);
	writeFileSync(join(out, page.file), bytes);
	written.set(page.file, bytes);
	policies.set(page.path, policies.get(template.path)!);
}

/** Logs a handbook file's size, and warns when it is larger than site.yml's handbookMaxKB. */
function reportSize(file: string, bytes: Uint8Array, guides: number, budgetKB: number, log: Log): void {
	const gzip = gzipSync(bytes).length;
	log.info(`${file}: ${(bytes.length / 1024).toFixed(1)} KiB, ${(gzip / 1024).toFixed(1)} KiB gzip`);
	// A warning, not a failure: the site is still worth publishing (the tests hold the shipped guide and the benchmark to the budget).
	if (gzip <= budgetKB * 1024) return;
	log.warn(
		guides === 1
			? `${file} is ${(gzip / 1024).toFixed(1)} KiB gzip, more than handbookMaxKB (${budgetKB}) in site.yml allows, because its one guide is larger than that on its own. Split that guide in two, or raise handbookMaxKB.`
			: `${file} is ${(gzip / 1024).toFixed(1)} KiB gzip, more than handbookMaxKB (${budgetKB}) in site.yml allows: its guides weigh more once built than their files suggested. Lower handbookMaxKB a little to make the parts smaller.`,
	);
}
