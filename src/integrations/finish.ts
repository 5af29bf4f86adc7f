import type { AstroIntegrationLogger } from 'astro';
import { commonHeaders, pagePolicy, withPolicyMeta } from '../lib/csp.ts';
import { applySecurityPolicy, copyDiscreetPages, fillHandbooks, flattenHtmlRoutes, publishDownloads, writeHeaders } from './files.ts';
import { writeOfflineLists } from './offline.ts';
import { buildSearchIndex } from './pagefind.ts';

/** What the rendering step hands to the finishing step (see scripts/build.ts). */
export interface FinishPlan {
	languages: string[];
	siteUrl: string;
	handbookMaxKB: number;
	discreetPages: { lang: string; slug: string; path: string }[];
}

export type Log = Pick<AstroIntegrationLogger, 'info' | 'warn'>;

/**
 * Everything the built site needs after Astro has rendered it: the copied
 * discreet pages, single-file handbooks, Content-Security-Policy hashes,
 * checksums, the search index and the offline lists. Returns how long each
 * stage took, for `npm run bench`.
 */
export async function finishSite(out: string, plan: FinishPlan, log: Log): Promise<Record<string, number>> {
	let mark = performance.now();
	const lap = () => {
		const now = performance.now();
		const took = now - mark;
		mark = now;
		return took;
	};
	const handbooks = flattenHtmlRoutes(out);
	// Pagefind runs in its own process while the rest is written: it only reads
	// guide pages, which from here on change only by an atomic replace that
	// adds a <meta> tag to their <head>, outside what it indexes.
	const indexing = buildSearchIndex(out);
	// Settle the promise now, so a failure is reported once, below, and never as unhandled.
	indexing.catch(() => {});
	fillHandbooks(out, handbooks, plan.siteUrl);
	// The policy goes in before checksums are taken: the published file is the final one.
	const policies = applySecurityPolicy(out, pagePolicy, withPolicyMeta);
	// Copied from their secured templates, so each is written once.
	copyDiscreetPages(out, plan.discreetPages, policies);
	writeHeaders(out, policies, commonHeaders);
	publishDownloads(out, handbooks, plan.handbookMaxKB, log);
	const offlineFiles = lap();
	const pages = await indexing;
	log.info(`Search index: ${pages} pages.`);
	const pagefind = lap();
	writeOfflineLists(out, plan.languages);
	return { offlineFiles: offlineFiles + lap(), pagefind };
}
