import { createHash } from 'node:crypto';
import type { GuideEntry } from './routes.ts';

/**
 * The one-file handbook of a language: what makes it self-contained and lets
 * a reader tell whether a forwarded copy is current.
 */

export const handbookPath = (lang: string) => `/${lang}/handbook.html`;

/** A version that changes exactly when any guide shown in the handbook changes. */
export function contentVersion(entries: GuideEntry[]): string {
	const hash = createHash('sha256');
	for (const entry of [...entries].sort((a, b) => a.slug.localeCompare(b.slug))) hash.update(`${entry.id}:${entry.hash}\n`);
	return hash.digest('hex').slice(0, 12);
}

/**
 * The date printed in the handbook. It comes from the content (the newest
 * review date), never from the clock, so two builds of one commit are identical.
 */
export function editionDate(entries: GuideEntry[]): string {
	return entries.map((e) => e.data.reviewed).sort().at(-1) ?? '1970-01-01';
}

/**
 * An id of letters, digits and dashes that starts with a letter, as validators
 * expect: "### 1. Set a passcode" would otherwise get "1-set-a-passcode", and
 * Arabic vowel marks (combining characters) are not letters.
 */
export function safeId(id: string): string {
	const clean = id.replace(/[^\p{L}\p{N}_-]/gu, '');
	return /^\p{L}/u.test(clean) ? clean : `h-${clean}`;
}

/**
 * Rewrites every id inside a guide's HTML, and the in-page links to them. With
 * a prefix (the handbook), eleven guides can share one page without two
 * headings claiming the same #what-happens.
 */
export function scopeIds(html: string, prefix?: string): string {
	const scoped = (id: string) => (prefix ? `${prefix}-${safeId(id)}` : safeId(id));
	const own = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
	// Only links to ids of this same guide move with them; a link to another section stays as it is.
	return html
		.replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${scoped(id)}"`)
		.replace(/\shref="#([^"]+)"/g, (whole, id: string) => (own.has(id) ? ` href="#${scoped(id)}"` : whole));
}

/** Where a link inside a guide goes in the handbook: another guide becomes its section. */
export function handbookHref(sitePath: string, hash: string, lang: string, slugs: ReadonlySet<string>, siteUrl: string): string {
	const match = /^\/([^/]+)\/([^/]+)\/$/.exec(sitePath);
	if (match && match[1] === lang && slugs.has(match[2])) return hash ? `#${match[2]}-${safeId(decodeURIComponent(hash.slice(1)))}` : `#${match[2]}`;
	return new URL(sitePath.replace(/^\//, '') + hash, siteUrl).href;
}

/** Stands in the handbook for a guide's body until the built guide page supplies it. */
export function bodyMarker(lang: string, slug: string): string {
	return `@@handbook-body:${lang}/${slug}@@`;
}

export const bodyMarkerPattern = /@@handbook-body:([^/@]+)\/([^@]+)@@/g;

/** The inner HTML of the first <div class="body" …> of a built guide page. */
export function guideBodyOf(pageHtml: string): string {
	const start = pageHtml.search(/<div class="body"[^>]*>/);
	if (start < 0) throw new Error('the built guide page has no body');
	const open = pageHtml.indexOf('>', start) + 1;
	let depth = 1;
	const tags = /<\/?div\b[^>]*>/g;
	tags.lastIndex = open;
	for (let tag = tags.exec(pageHtml); tag; tag = tags.exec(pageHtml)) {
		depth += tag[0].startsWith('</') ? -1 : 1;
		if (depth === 0) return pageHtml.slice(open, tag.index);
	}
	throw new Error('the body of the built guide page is not closed');
}

/**
 * A guide page's body, ready for the handbook: ids take the guide's prefix,
 * links to other guides lead to their sections, other links of the site to
 * the live site (the handbook travels alone).
 */
export function handbookBody(pageHtml: string, lang: string, slug: string, slugs: ReadonlySet<string>, siteUrl: string): string {
	const pagePath = `/${lang}/${slug}/`;
	return scopeIds(guideBodyOf(pageHtml), slug).replace(/\shref="([^"#][^"]*)"/g, (whole, href: string) => {
		if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return whole;
		const url = new URL(href.replace(/&amp;/g, '&'), `https://site.invalid${pagePath}`);
		return ` href="${handbookHref(url.pathname, url.hash, lang, slugs, siteUrl)}"`;
	});
}
