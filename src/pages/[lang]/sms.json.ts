import type { APIRoute } from 'astro';
import { model, plan } from 'virtual:resguardo/site';
import { smsSegments } from '../../site/message.ts';
import { pagesOf, type SmsPage } from '../../site/plan.ts';
import { absoluteUrl, helplineContact } from '../../site/share.ts';

/*
 * For partners' SMS services, which reach phones without data: each guide's
 * In short and a helpline (the first with a phone number), in parts that each fit
 * one SMS (src/site/message.ts). The phone company can read every SMS.
 */
export function getStaticPaths() {
	return pagesOf(plan, 'sms').map((page) => ({ params: { lang: page.lang }, props: { page } }));
}

export const GET: APIRoute = ({ props }) => {
	const { page } = props as { page: SmsPage };
	const { helpline } = plan;
	const call = helpline ? ` ${helpline.name}: ${helplineContact(helpline)}` : '';
	const guides = page.guides.map((route) => ({
		slug: route.slug,
		title: route.entry.data.title,
		lang: route.contentLang,
		url: absoluteUrl(model.site.url, route.path),
		segments: smsSegments(`${route.entry.data.inShort.join(' ')}${call}`, route.contentLang),
	}));
	return new Response(`${JSON.stringify({ lang: page.lang, guides }, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
