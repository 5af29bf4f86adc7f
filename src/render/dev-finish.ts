import { defineMiddleware } from 'astro/middleware';
import { plan } from 'virtual:resguardo/site';
import { downloadFacts, fillDownloads } from '../finish/downloads.ts';
import { fillHandbook, guideBodyOf } from '../finish/handbooks.ts';
import type { PageEntry } from '../site/plan.ts';

/**
 * The development server's finishing step: a build fills handbooks and
 * downloads pages after rendering (src/finish/finish.ts); here each is filled
 * when it is asked for, with the same functions, from the pages this server
 * renders: a handbook from its guides' pages, a downloads page from its
 * handbooks' bytes.
 */
const byPath = new Map<string, PageEntry>(plan.pages.map((page) => [page.path, page]));
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	// "/es/handbook.html/" is how this server names a handbook's route (see integration.ts).
	const page = byPath.get(context.url.pathname.slice(base.length).replace(/\.html\/$/, '.html') || '/');
	if (!page || (page.kind !== 'handbook' && page.kind !== 'downloads') || !response.ok) return response;
	const fetchPage = async (path: string) => {
		const answer = await fetch(new URL(`${base}${path}`, context.url));
		if (!answer.ok) throw new Error(`${path} answered ${answer.status} while ${page.path} was being finished`);
		return answer;
	};
	let html = await response.text();
	if (page.kind === 'handbook') {
		const guides = page.parts[page.part - 1];
		const bodies = new Map(await Promise.all(guides.map(async (route) => [route.path, guideBodyOf(await (await fetchPage(route.path)).text())] as const)));
		html = fillHandbook(html, page, (path) => bodies.get(path)!, plan.siteUrl);
	} else {
		const facts = new Map(await Promise.all(page.handbooks.map(async (handbook) => [handbook.name, downloadFacts(new Uint8Array(await (await fetchPage(handbook.path)).arrayBuffer()))] as const)));
		html = fillDownloads(html, (name) => facts.get(name)!);
	}
	const headers = new Headers(response.headers);
	headers.delete('content-length');
	return new Response(html, { status: response.status, headers });
});
