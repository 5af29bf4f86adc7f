import { handbookFile, handbookHref, scopeIds } from '../site/handbook.ts';
import type { HandbookPage } from '../site/plan.ts';
import { bodyMarkerPattern } from '../site/slots.ts';

/**
 * Handbooks take each guide's body from its built page instead of rendering
 * it a second time (docs/benchmarks.md): the build and the development server
 * both fill a rendered handbook with these.
 */

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
 * A guide's body, ready for the handbook: ids take the guide's prefix, links
 * to other guides lead to their sections, other links of the site to the live
 * site (the handbook travels alone).
 */
export function handbookBody(body: string, lang: string, slug: string, parts: ReadonlyMap<string, string>, siteUrl: string): string {
	const pagePath = `/${lang}/${slug}/`;
	return scopeIds(body, slug).replace(/\shref="([^"#][^"]*)"/g, (whole, href: string) => {
		if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return whole;
		const url = new URL(href.replace(/&amp;/g, '&'), `https://site.invalid${pagePath}`);
		const target = handbookHref(url.pathname, url.hash, lang, parts, siteUrl);
		// A page of the live site is another site for a file opened from the phone: no referrer, no opener.
		return ` href="${target}"${/^https?:/.test(target) ? ' rel="noopener noreferrer"' : ''}`;
	});
}

/**
 * Puts each guide's body (`bodyOf`, by the guide page's path) into a rendered
 * handbook file. A link to a guide in another part of the same handbook leads
 * to that part's file.
 */
export function fillHandbook(html: string, page: HandbookPage, bodyOf: (path: string) => string, siteUrl: string): string {
	// Which file of this handbook each guide is in: "" for this one.
	const parts = new Map(page.parts.flatMap((routes, i) => routes.map((route) => [route.slug, i + 1 === page.part ? '' : handbookFile(i + 1)] as const)));
	const routes = new Map(page.parts[page.part - 1].map((route) => [route.slug, route]));
	return html.replace(bodyMarkerPattern, (_, lang: string, slug: string) => handbookBody(bodyOf(routes.get(slug)!.path), lang, slug, parts, siteUrl));
}
