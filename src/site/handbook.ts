import { createHash } from 'node:crypto';
import { guideAt } from './links.ts';
import type { GuideEntry, GuideRoute } from './routes.ts';

/**
 * The one-file handbook of a language: what makes it self-contained and lets
 * a reader tell whether a forwarded copy is current.
 */

/** The file of part `part` of a language's handbook: handbook.html, then handbook-2.html and on. */
export const handbookFile = (part = 1) => (part === 1 ? 'handbook.html' : `handbook-${part}.html`);
export const handbookPath = (lang: string, part = 1) => `/${lang}/${handbookFile(part)}`;

/**
 * What a handbook costs besides its guides (inline CSS and scripts, header,
 * contents, QR code): about 9.5 KiB gzip on the shipped guide, with room to spare.
 */
export const handbookOverhead = 12 * 1024;

/**
 * What a guide's section adds to a handbook, as a share of its content file's
 * gzip size (`weight`). Measured: 0.49 to 0.54 on the shipped guide in
 * English, Spanish, Arabic and Chinese, 0.62 to 0.67 on the benchmark corpus
 * (guides compress better together than alone). Rounded up for safety.
 */
export const sectionShare = 0.75;

/**
 * Splits a language's guides, in order, into parts that each fit `budget`
 * gzip bytes, so a handbook stays a file one can forward over slow data. A
 * guide heavier than a whole part gets a part of its own. The build reports
 * every part's real size and warns about any over budget.
 */
export function handbookParts<T extends { weight: number }>(guides: T[], budget: number, overhead = handbookOverhead, share = sectionShare): T[][] {
	const parts: T[][] = [];
	let part: T[] = [];
	let size = overhead;
	for (const guide of guides) {
		const adds = guide.weight * share;
		if (part.length && size + adds > budget) {
			parts.push(part);
			part = [];
			size = overhead;
		}
		part.push(guide);
		size += adds;
	}
	if (part.length) parts.push(part);
	// A site with no guides yet still has a (short) handbook.
	return parts.length ? parts : [[]];
}

/** A language's guides, in order, split into handbook parts that each fit `maxKB` (see handbookParts). */
export function handbookRoutes(routes: GuideRoute[], maxKB: number): GuideRoute[][] {
	return handbookParts(
		routes.map((route) => ({ route, weight: route.entry.weight })),
		maxKB * 1024,
	).map((part) => part.map(({ route }) => route));
}

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

/**
 * Where a link inside a guide goes in the handbook: another guide becomes its
 * section, in this file or in another part (`parts` maps each guide of the
 * handbook to its part's file, or to "" for this one).
 */
export function handbookHref(sitePath: string, hash: string, lang: string, parts: ReadonlyMap<string, string>, siteUrl: string): string {
	const guide = guideAt(sitePath);
	const file = guide && guide.lang === lang ? parts.get(guide.slug) : undefined;
	if (guide && file !== undefined) return `${file}${hash ? `#${guide.slug}-${safeId(decodeURIComponent(hash.slice(1)))}` : `#${guide.slug}`}`;
	return new URL(sitePath.replace(/^\//, '') + hash, siteUrl).href;
}
