import type { FeedPage } from './plan.ts';
import { absoluteUrl } from './share.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const instant = (date: string) => `${date}T00:00:00Z`;

/**
 * A language's changes as an Atom feed (RFC 4287). Its dates are the
 * changes' own, never the build's, so rebuilding does not make old changes
 * look new to a feed reader.
 */
export function changesFeed(page: FeedPage, siteName: string, siteUrl: string): string {
	const { ui } = page;
	const url = (path: string) => escape(absoluteUrl(siteUrl, path));
	const updated = page.changes[0]?.date ?? '1970-01-01';
	const entries = page.changes.map(
		(change) =>
			`<entry><title>${escape(change.route.entry.data.title)}</title><id>${url(change.route.path)}#${change.date}</id><link rel="alternate" type="text/html" href="${url(change.route.path)}"/><updated>${instant(change.date)}</updated><summary xml:lang="${change.route.contentLang}">${escape(change.what)}</summary></entry>`,
	);
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${page.lang}">`,
		`<title>${escape(`${ui.changesTitle} · ${siteName}`)}</title>`,
		`<subtitle>${escape(ui.changesIntro)}</subtitle>`,
		`<id>${url(page.pagePath)}</id>`,
		`<link rel="self" type="application/atom+xml" href="${url(page.path)}"/>`,
		`<link rel="alternate" type="text/html" href="${url(page.pagePath)}"/>`,
		`<updated>${instant(updated)}</updated>`,
		`<author><name>${escape(siteName)}</name></author>`,
		...entries,
		'</feed>',
		'',
	].join('\n');
}
