import type { Language } from '../content/schema.ts';
import { guidePath } from './links.ts';
import type { GuideData } from '../content/schema.ts';

/**
 * The route table: one page per declared language × English guide. Done here
 * rather than with Astro's i18n.fallback, which drops translated pages when
 * combined with prefixDefaultLocale.
 */

export type Notice = 'untranslated' | 'outdated' | 'machine' | 'stale';

export interface GuideSource {
	/** Which file the page shows. */
	use: 'translation' | 'english';
	notices: Notice[];
}

/**
 * Decides what a reader of one language sees for one guide. A missing
 * translation shows the English text; an outdated or unreviewed translation is
 * still shown (it is better than nothing) but says so.
 */
export function decideGuideSource(
	englishHash: string,
	translation?: { translatedFrom?: string; review?: string },
): GuideSource {
	if (!translation) return { use: 'english', notices: ['untranslated'] };
	const notices: Notice[] = [];
	if (translation.translatedFrom !== englishHash) notices.push('outdated');
	if (translation.review === 'machine') notices.push('machine');
	return { use: 'translation', notices };
}

export interface GuideEntry {
	lang: string;
	slug: string;
	/** Path relative to the project root, for messages. */
	file: string;
	/** Collection id used to render the body: "<lang>/<slug>". */
	id: string;
	hash: string;
	/** Gzip size of the content file in bytes: what the guide adds to a handbook, roughly (see handbookParts). */
	weight: number;
	data: GuideData;
	/** The line of `reviewed` in the file, for messages. */
	reviewedLine?: number;
	/** The lines of the lists a translation must match in length, for messages. */
	listLines?: { changes?: number; card?: number };
	/** Its facts were checked more than a year before the build (see freshness.ts). */
	stale?: boolean;
	/** Glossary terms the English guide uses whose preferred translation this translation does not. */
	missingTerms?: string[];
}

export interface GuideRoute {
	lang: string;
	dir: 'ltr' | 'rtl';
	slug: string;
	path: string;
	/** The entry whose body is rendered (the English one for a fallback). */
	entry: GuideEntry;
	english: GuideEntry;
	contentLang: string;
	contentDir: 'ltr' | 'rtl';
	notices: Notice[];
	/** The same guide in every language, for the language switcher. */
	alternates: { lang: string; name: string; path: string; isFallback: boolean }[];
}

export function guideRoutes(languages: Language[], guides: GuideEntry[], sourceLang = 'en'): GuideRoute[] {
	const byKey = new Map(guides.map((g) => [`${g.lang}/${g.slug}`, g]));
	const englishGuides = guides.filter((g) => g.lang === sourceLang).sort(byOrder);
	const source = languages.find((l) => l.code === sourceLang);
	const routes: GuideRoute[] = [];
	for (const english of englishGuides) {
		const alternates = languages.map((l) => ({
			lang: l.code,
			name: l.name,
			path: guidePath(l.code, english.slug),
			isFallback: l.code !== sourceLang && !byKey.has(`${l.code}/${english.slug}`),
		}));
		for (const language of languages) {
			const translation = language.code === sourceLang ? undefined : byKey.get(`${language.code}/${english.slug}`);
			const decision =
				language.code === sourceLang ? { use: 'translation' as const, notices: [] } : decideGuideSource(english.hash, translation?.data);
			const entry = decision.use === 'translation' ? (translation ?? english) : english;
			const entryLanguage = decision.use === 'english' ? source : language;
			routes.push({
				lang: language.code,
				dir: language.dir,
				slug: english.slug,
				path: guidePath(language.code, english.slug),
				entry,
				english,
				contentLang: entryLanguage?.code ?? sourceLang,
				contentDir: entryLanguage?.dir ?? 'ltr',
				// Whatever a reader sees, they learn if its facts were checked long ago.
				notices: entry.stale ? [...decision.notices, 'stale'] : decision.notices,
				alternates,
			});
		}
	}
	return routes;
}

export function byOrder(a: GuideEntry, b: GuideEntry): number {
	return a.data.order - b.data.order || a.slug.localeCompare(b.slug);
}

/**
 * lang and dir for text a page shows in another language than its own (the
 * English of an untranslated guide), so screen readers and the search index
 * treat it right; nothing when the text is in the page's language.
 */
export function foreignTextAttributes(route: Pick<GuideRoute, 'lang' | 'contentLang' | 'contentDir'>): { lang?: string; dir?: 'ltr' | 'rtl' } {
	return route.contentLang === route.lang ? {} : { lang: route.contentLang, dir: route.contentDir };
}
