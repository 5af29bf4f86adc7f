import type { APIRoute } from 'astro';
import { model, plan } from 'virtual:resguardo/site';
import { changesFeed } from '../../site/feed.ts';
import { pagesOf, type FeedPage } from '../../site/plan.ts';

/* Each language's changes as an Atom feed (src/site/feed.ts), for readers and partners who follow them. */
export function getStaticPaths() {
	return pagesOf(plan, 'feed').map((page) => ({ params: { lang: page.lang }, props: { page } }));
}

export const GET: APIRoute = ({ props }) => {
	const { page } = props as { page: FeedPage };
	return new Response(changesFeed(page, model.site.name, plan.siteUrl), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
