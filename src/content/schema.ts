import { z } from 'zod';

/*
 * Schemas for everything a translator or organisation edits. Objects are strict:
 * an unknown key is an error, which is what stops a frontmatter `slug` from
 * quietly replacing another page. Messages are written "problem|fix" and split
 * by validate.ts, so they reach the contributor as plain sentences.
 */

const text = (what: string, max: number) =>
	z
		.string({ error: `"${what}" must be text|Write it after the colon, inside "double quotes" if it contains a colon` })
		.trim()
		.min(1, { error: `"${what}" is empty|Write the text after the colon` })
		.max(max, { error: `"${what}" is longer than ${max} characters|Shorten it` });

function isRealDate(value: string): boolean {
	const [y, m = 1, d = 1] = value.split('-').map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const day = (what: string) =>
	z
		.string({ error: `"${what}" must be a date|Write it as YYYY-MM-DD, for example 2026-11-22` })
		.regex(/^\d{4}-\d{2}-\d{2}$/, { error: `"${what}" is not written as a date|Write it as YYYY-MM-DD, for example 2026-11-22` })
		.refine(isRealDate, { error: `"${what}" is not a real calendar date|Check the month (01-12) and the day` });

/** A source may be dated to the year, month or day, as publications are. */
const sourceDate = z
	.string({ error: `the source "date" must be a date|Write it as YYYY-MM-DD, YYYY-MM or YYYY` })
	.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: `the source "date" is not written as a date|Write it as YYYY-MM-DD, YYYY-MM or YYYY` })
	.refine(isRealDate, { error: `the source "date" is not a real calendar date|Check the month (01-12) and the day` });

const httpsUrl = (what: string) =>
	z
		.string({ error: `"${what}" must be a web address|Write the full address, starting with https://` })
		.refine((value) => {
			try {
				const url = new URL(value);
				return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
			} catch {
				return false;
			}
		}, { error: `"${what}" is not a secure web address|Write the full address, starting with https:// (not http://)` });

export const sourceSchema = z.strictObject({
	title: text('title', 300),
	url: httpsUrl('url'),
	publisher: text('publisher', 200),
	date: sourceDate,
});

const guideFields = {
	title: text('title', 120),
	summary: text('summary', 300),
	inShort: z
		.array(text('inShort', 200), { error: `"inShort" must be a list|Write one to three lines, each starting with "  - "` })
		.min(1, { error: `"inShort" is empty|Write one to three short lines, each starting with "  - "` })
		.max(3, { error: `"inShort" has more than three lines|Keep the three most important lines` }),
	searchTerms: z
		.array(text('searchTerms', 60), { error: `"searchTerms" must be a list|Write each word or phrase readers search with on its own line, starting with "  - "` })
		.max(12, { error: `"searchTerms" has more than 12 entries|Keep the words readers really type` })
		.optional(),
	// What changed in the advice, newest first: listed on the language's "What changed" page and feed.
	changes: z
		.array(z.strictObject({ date: day('date'), what: text('what', 300) }), { error: `"changes" must be a list|Write each change as "  - date: YYYY-MM-DD" with "    what: …" below it` })
		.optional(),
	// The steps that matter most, for the guide's printed pocket card.
	card: z
		.array(text('card', 120), { error: `"card" must be a list|Write three to five short steps, each on its own line starting with "  - "` })
		.min(3, { error: `"card" has fewer than three steps|Write three to five short steps` })
		.max(5, { error: `"card" has more than five steps|Keep the five that matter most; the card is small` })
		.optional(),
	order: z.preprocess(
		(value) => (typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value),
		z.number({ error: `"order" must be a whole number|Write a number such as 1, 2 or 3` })
		.int({ error: `"order" must be a whole number|Write a number such as 1, 2 or 3` })
		.min(0, { error: `"order" must not be negative|Write a number such as 1, 2 or 3` })),
	reviewed: day('reviewed'),
	jurisdiction: text('jurisdiction', 120).optional(),
	sources: z
		.array(sourceSchema, { error: `"sources" must be a list|Write each source as "  - title: …" with url, publisher and date below it` })
		.min(1, { error: `"sources" is empty|List at least one source` }),
};

/** Frontmatter of an English guide: the source every translation is made from. */
export const englishGuideSchema = z.strictObject(guideFields);

export const reviewLevels = ['machine', 'community', 'expert'] as const;

/** Frontmatter of a translation: the same fields plus where it came from and who checked it. */
export const translatedGuideSchema = z.strictObject({
	...guideFields,
	translatedFrom: z
		.string({ error: `"translatedFrom" must be text|Copy the code shown by "npm run check" for the English file` })
		.regex(/^[0-9a-f]{12}$/, { error: `"translatedFrom" is not a valid code|It is 12 letters and digits (0-9, a-f); copy the one shown by "npm run translations" for the English file` }),
	review: z.enum(reviewLevels, { error: `"review" must be machine, community or expert|Write review: machine (made by a program), community (checked by a volunteer) or expert (checked by a specialist)` }),
});

export type EnglishGuideData = z.infer<typeof englishGuideSchema>;
export type TranslatedGuideData = z.infer<typeof translatedGuideSchema>;
export type GuideData = EnglishGuideData & Partial<Pick<TranslatedGuideData, 'translatedFrom' | 'review'>>;

export const languageSchema = z.strictObject({
	code: z
		.string({ error: `"code" must be text|Write a language code such as es or pt-BR` })
		.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: `"code" is not a language code|Write a code such as es, ht or pt-BR (lower-case letters first)` }),
	name: text('name', 60),
	dir: z.enum(['ltr', 'rtl'], { error: `"dir" must be ltr or rtl|Write dir: rtl for right-to-left scripts (Arabic, Dari, Hebrew, Urdu) and dir: ltr otherwise` }),
});

export const helplineSchema = z.strictObject({
	name: text('name', 120),
	// The name of an interface string, so that each language shows it translated.
	region: z
		.string({ error: `"region" must be the name of an interface string|Write the name of the line in content/en/ui.yml that says where and for whom this helpline works, like helplineRegionEff` })
		.regex(/^[a-zA-Z][a-zA-Z0-9]*$/, {
			error: `"region" must be the name of an interface string, not the text itself|Write the text in content/en/ui.yml as a line like "helplineRegionMine: United States, legal help", put its name (helplineRegionMine) here, and translate it in each language's ui.yml`,
		}),
	url: httpsUrl('url').optional(),
	phone: z
		.string({ error: `"phone" must be text|Write the number inside "double quotes"` })
		.regex(/^\+?[0-9 ()-]{3,25}$/, { error: `"phone" is not a phone number|Use digits, spaces, dashes and an optional leading +` })
		.optional(),
	email: z.email({ error: `"email" is not an email address|Write it as name@example.org` }).optional(),
});

export const siteSchema = z.strictObject({
	name: text('name', 60),
	url: httpsUrl('url'),
	quickExit: httpsUrl('quickExit'),
	languages: z
		.array(languageSchema, { error: `"languages" must be a list|Write each language as "  - code: …" with name and dir below it` })
		.min(1, { error: `"languages" is empty|Declare at least English (code: en)` }),
	helplines: z.array(helplineSchema, { error: `"helplines" must be a list|Write each helpline as "  - name: …"` }).default([]),
	startHere: z
		.array(z.string({ error: `each "startHere" entry must be a guide name|Write the file name of an English guide without .mdx, like group-chats` }), {
			error: `"startHere" must be a list|Write each guide name on its own line starting with "  - "`,
		})
		.max(5, { error: `"startHere" lists more than five guides|Keep the three to five most urgent` })
		.default([]),
	// The largest a handbook file may be, in KB sent over the network (gzip);
	// a language whose guides do not fit is split into parts.
	handbookMaxKB: z
		.string({ error: `"handbookMaxKB" must be a number|Write a whole number of kilobytes, like 150` })
		.regex(/^\d{1,5}$/, { error: `"handbookMaxKB" is not a whole number|Write a whole number of kilobytes, like 150` })
		.transform(Number)
		.refine((kb) => kb >= 24, { error: `"handbookMaxKB" is too small to hold a guide|Use 24 or more; 150 suits slow, paid data` })
		.default(150),
	// How old a saved page or handbook may be before it tells its reader to get a fresh copy.
	staleAfterMonths: z
		.string({ error: `"staleAfterMonths" must be a number|Write a whole number of months, like 6` })
		.regex(/^\d{1,3}$/, { error: `"staleAfterMonths" is not a whole number|Write a whole number of months, like 6` })
		.transform(Number)
		.refine((months) => months >= 1, { error: `"staleAfterMonths" must be at least 1|Write a whole number of months, like 6` })
		.default(6),
});

export type SiteConfig = z.infer<typeof siteSchema>;
export type Language = z.infer<typeof languageSchema>;
export type Helpline = z.infer<typeof helplineSchema>;

/** Interface strings: a flat list of `key: text`. */
export const uiSchema = z.record(
	z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, { error: `this key is not a valid name|Keys are letters and digits, like searchLabel; copy the key from content/en/ui.yml` }),
	z.string({ error: `this interface string must be text|Write the text after the colon, inside "double quotes" if it contains a colon` }),
);

/** content/glossary.yml: terms kept as they are, and preferred translations of key terms. */
export const glossarySchema = z.strictObject({
	protected: z
		.array(text('protected', 80), { error: `"protected" must be a list|Write each term on its own line starting with "  - "` })
		.default([]),
	terms: z
		.array(
			z.record(
				z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: `this is not a language code|Use the codes from site.yml, like es or ar` }),
				text('term', 120),
			),
			{ error: `"terms" must be a list|Write each term as "  - en: …" with one line per language below it` },
		)
		.default([]),
});

export type Glossary = z.infer<typeof glossarySchema>;
