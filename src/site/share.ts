import { createHash } from 'node:crypto';
import type { Helpline } from '../content/schema.ts';
import { fill } from './ui.ts';

/**
 * Sharing, the way advocates share: a plain wa.me link (nothing is loaded from
 * WhatsApp until the reader taps it), and a discreet address whose link
 * preview says nothing about digital safety.
 */

export function absoluteUrl(siteUrl: string, path: string): string {
	return new URL(path.replace(/^\//, ''), siteUrl).href;
}

export function whatsappHref(template: string, title: string, url: string): string {
	return `https://wa.me/?text=${encodeURIComponent(fill(template, { title, url }))}`;
}

/** A short code for a guide that does not reveal its name: /es/s/3fa9c2/ instead of /es/border-phone-search/. */
export function discreetPath(lang: string, slug: string): string {
	return `/${lang}/s/${createHash('sha256').update(`discreet:${slug}`).digest('hex').slice(0, 6)}/`;
}

/** How to reach a helpline in one line of print or one SMS: its phone, or else its email, or else its site. */
export function helplineContact(line: Pick<Helpline, 'phone' | 'email' | 'url'>): string | undefined {
	return line.phone ?? line.email ?? line.url;
}

export function goPath(slug: string): string {
	return `/go/${slug}/`;
}

/**
 * The best of the site's languages for a reader's browser languages: an exact
 * match first, then the same base language ("es-MX" → "es").
 */
export function pickLanguage(preferred: readonly string[], available: readonly string[]): string | undefined {
	const lower = available.map((code) => code.toLowerCase());
	for (const wanted of preferred.map((code) => code.toLowerCase())) {
		const exact = lower.indexOf(wanted);
		if (exact >= 0) return available[exact];
		const base = lower.indexOf(wanted.split('-')[0]);
		if (base >= 0) return available[base];
	}
	return undefined;
}
