import type { ContentModel } from '../content/check.ts';
import type { Helpline, Language } from '../content/schema.ts';
import { isRecent } from '../content/freshness.ts';
import { handbookFile, handbookPath, handbookRoutes } from './handbook.ts';
import { downloadsPath, homePath, translationsPath } from './links.ts';
import { guideRoutes, type GuideRoute } from './routes.ts';
import { discreetPath, goPath } from './share.ts';
import { uiFor, type UiStrings } from './ui.ts';

/**
 * What the site is: every page it publishes, computed once from the checked
 * content. Nothing else decides which pages exist or what goes on them: Astro's
 * getStaticPaths filter this list, the content check resolves links against its
 * paths, and the finishing step visits its files. A new kind of page is one
 * more kind here and one template.
 */

interface PageBase {
	/** Its address from the site root, like "/es/metadata/". */
	path: string;
	/** The file it is published as, from the output folder, like "es/metadata/index.html". */
	file: string;
	lang: string;
	dir: 'ltr' | 'rtl';
	/** The interface strings of its language, English where one is missing. */
	ui: UiStrings;
	/** The same page in other languages, for the language switcher and hreflang links. */
	alternates: Alternate[];
	/** The language whose offline copy keeps this page (see offline.ts), if any. */
	offline?: string;
	/** Where the header's search link leads: the search box of its language's home, when that home has one. */
	searchBox?: string;
}

export interface Alternate {
	lang: string;
	name: string;
	path: string;
}

/** The first page: every language in its own name. */
export interface ChooserPage extends PageBase {
	kind: 'chooser';
	choices: { language: Language; ui: UiStrings }[];
}

/** A language's home: its search box, checklist, every guide and the helplines. */
export interface HomePage extends PageBase {
	kind: 'home';
	language: Language;
	guides: GuideRoute[];
	startHere: GuideRoute[];
	/** It offers search (which needs Pagefind's WebAssembly): only when the language has a translated guide to find. */
	search: boolean;
}

/** One guide in one language, translated or the English text with a notice. */
export interface GuidePage extends PageBase {
	kind: 'guide';
	route: GuideRoute;
	language: Language;
	/** Its text goes into the search index: a fallback page's English text would pollute the language's results. */
	indexed: boolean;
	discreetPath: string;
	/** Its newest change, when it was made in the 60 days before the build: shown under the title. */
	recentChange?: Change;
	cardPath: string;
}

/** A dated change to a guide's advice, from its `changes` list, in the words of the text the reader sees. */
export interface Change {
	date: string;
	what: string;
	route: GuideRoute;
}

/** /<lang>/changes/: every guide's changes, newest first, with the Atom feed of them beside it. */
export interface ChangesPage extends PageBase {
	kind: 'changes';
	language: Language;
	changes: Change[];
	feedPath: string;
}

/** /<lang>/changes.xml: the same changes as an Atom feed. */
export interface FeedPage extends PageBase {
	kind: 'feed';
	language: Language;
	changes: Change[];
	/** The changes page it is the feed of. */
	pagePath: string;
}

/** /<lang>/<guide>/card/: a guide's pocket card, printed on one small page. */
export interface CardPage extends PageBase {
	kind: 'card';
	language: Language;
	route: GuideRoute;
}

/** /<lang>/cards/: every pocket card of a language, four to a printed page, with lines to cut along. */
export interface CardsPage extends PageBase {
	kind: 'cards';
	language: Language;
	routes: GuideRoute[];
}

/** One file of a language's handbook: the guides of one part in a single self-contained page. */
export interface HandbookPage extends PageBase {
	kind: 'handbook';
	language: Language;
	/** Every part of this language's handbook, and which one this is (from 1). */
	parts: GuideRoute[][];
	part: number;
}

/** Where a language's handbook files are offered, with their sizes and checksums. */
export interface DownloadsPage extends PageBase {
	kind: 'downloads';
	language: Language;
	/** The handbook files it offers, in order. */
	handbooks: { name: string; path: string; file: string }[];
}

/**
 * A guide's discreet address, whose link preview says nothing of its topic.
 * All but one per language are copies of that one (`template`), made after
 * rendering: they differ only in their addresses, and rendering thousands of
 * near-identical pages cost a third of a small site's build (docs/benchmarks.md).
 */
export interface DiscreetPage extends PageBase {
	kind: 'discreet';
	route: GuideRoute;
	/** The page of its language it is copied from; none for the one that is rendered. */
	template?: DiscreetPage;
}

/** /<lang>/sms.json: each guide's In short and a helpline, in parts that each fit one SMS, for partners' SMS services. */
export interface SmsPage extends PageBase {
	kind: 'sms';
	language: Language;
	guides: GuideRoute[];
}

/** /go/<guide>/: opens a guide in the reader's browser language, and lists every language. */
export interface GoPage extends PageBase {
	kind: 'go';
	route: GuideRoute;
	/** The guide in each language, for readers without JavaScript. */
	choices: { language: Language; ui: UiStrings; title: string; path: string }[];
}

/** For volunteers: which guide is translated into which language. */
export interface TranslationsPage extends PageBase {
	kind: 'translations';
}

/** Shown by hosts at any missing address. */
export interface NotFoundPage extends PageBase {
	kind: 'notFound';
	choices: { language: Language; ui: UiStrings }[];
}

export type PageEntry =
	| ChooserPage
	| HomePage
	| GuidePage
	| CardPage
	| CardsPage
	| ChangesPage
	| FeedPage
	| HandbookPage
	| DownloadsPage
	| SmsPage
	| DiscreetPage
	| GoPage
	| TranslationsPage
	| NotFoundPage;
export type PageKind = PageEntry['kind'];
export type PageOf<K extends PageKind> = Extract<PageEntry, { kind: K }>;

export interface SitePlan {
	siteUrl: string;
	languages: Language[];
	handbookMaxKB: number;
	/** The helpline a card or an SMS gives: the first in site.yml with a phone number, or else the first. */
	helpline?: Helpline;
	pages: PageEntry[];
}

/** The file a page at `path` is published as: "/es/x/" is es/x/index.html, "/es/handbook.html" itself. */
export function fileOf(path: string): string {
	return path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
}

/**
 * Every page of the site, in a fixed order: the language chooser, then each
 * language's home, guides, handbook, downloads and discreet pages, then the
 * /go/ pages, the translation status and the 404 page.
 */
export function sitePlan(model: Pick<ContentModel, 'builtOn' | 'site' | 'ui' | 'guides'>): SitePlan {
	const { site } = model;
	const languages = site.languages;
	// One object per language, shared by its pages.
	const strings = new Map(languages.map((language) => [language.code, uiFor(model.ui, language.code)]));
	const ui = (lang: string) => strings.get(lang) ?? uiFor(model.ui, lang);
	const page = <P extends PageEntry>(entry: Omit<P, 'file'>): P => ({ ...entry, file: fileOf(entry.path) }) as P;
	const routes = guideRoutes(languages, model.guides);
	const english = routes.filter((route) => route.lang === 'en');
	const routeOf = new Map(routes.map((route) => [`${route.lang}/${route.slug}`, route]));
	const everyLanguage = (path: (lang: string) => string): Alternate[] => languages.map((l) => ({ lang: l.code, name: l.name, path: path(l.code) }));
	const choices = languages.map((language) => ({ language, ui: ui(language.code) }));
	// Search only indexes text in the page's own language, so a fallback page stays out of it,
	// and a language with no translated guide yet has nothing to search.
	const indexed = (route: GuideRoute) => !route.notices.includes('untranslated');
	const searchable = new Set(routes.filter(indexed).map((route) => route.lang));
	// The header's search link, on the pages people read (a handbook has its own search).
	const searchBox = (lang: string) => (searchable.has(lang) ? `${homePath(lang)}#search` : undefined);
	const pages: PageEntry[] = [page<ChooserPage>({ kind: 'chooser', path: '/', lang: 'en', dir: 'ltr', ui: ui('en'), alternates: [], choices })];

	for (const language of languages) {
		const lang = language.code;
		const base = { lang, dir: language.dir, ui: ui(lang), offline: lang };
		const guides = routes.filter((route) => route.lang === lang);
		pages.push(
			page<HomePage>({
				...base,
				kind: 'home',
				path: homePath(lang),
				alternates: everyLanguage(homePath),
				language,
				guides,
				startHere: site.startHere.map((slug) => guides.find((route) => route.slug === slug)).filter((route) => route !== undefined),
				search: searchable.has(lang),
				searchBox: searchBox(lang),
			}),
		);
		const changes = guides
			.flatMap((route) => (route.entry.data.changes ?? []).map((change) => ({ ...change, route })))
			.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
		for (const route of guides) {
			const newest = changes.find((change) => change.route === route);
			pages.push(
				page<GuidePage>({
					...base,
					kind: 'guide',
					path: route.path,
					alternates: route.alternates,
					route,
					language,
					indexed: indexed(route),
					searchBox: searchBox(lang),
					discreetPath: discreetPath(lang, route.slug),
					cardPath: `${route.path}card/`,
					...(newest && isRecent(newest.date, model.builtOn) ? { recentChange: newest } : {}),
				}),
			);
			pages.push(page<CardPage>({ ...base, kind: 'card', path: `${route.path}card/`, alternates: [], language, route }));
		}
		pages.push(page<CardsPage>({ ...base, kind: 'cards', path: `/${lang}/cards/`, alternates: everyLanguage((code) => `/${code}/cards/`), language, routes: guides }));
		pages.push(
			page<ChangesPage>({
				...base,
				kind: 'changes',
				path: `/${lang}/changes/`,
				alternates: everyLanguage((code) => `/${code}/changes/`),
				searchBox: searchBox(lang),
				language,
				changes,
				feedPath: `/${lang}/changes.xml`,
			}),
			page<FeedPage>({ ...base, offline: undefined, kind: 'feed', path: `/${lang}/changes.xml`, alternates: [], language, changes, pagePath: `/${lang}/changes/` }),
		);
		const parts = handbookRoutes(guides, site.handbookMaxKB);
		parts.forEach((_, i) => pages.push(page<HandbookPage>({ ...base, kind: 'handbook', path: handbookPath(lang, i + 1), alternates: [], language, parts, part: i + 1 })));
		pages.push(
			page<DownloadsPage>({
				...base,
				kind: 'downloads',
				path: downloadsPath(lang),
				alternates: everyLanguage(downloadsPath),
				searchBox: searchBox(lang),
				language,
				handbooks: parts.map((_, i) => ({ name: handbookFile(i + 1), path: handbookPath(lang, i + 1), file: fileOf(handbookPath(lang, i + 1)) })),
			}),
		);
		pages.push(page<SmsPage>({ ...base, offline: undefined, kind: 'sms', path: `/${lang}/sms.json`, alternates: [], language, guides }));
		let template: DiscreetPage | undefined;
		for (const route of guides) {
			const discreet = page<DiscreetPage>({ ...base, kind: 'discreet', path: discreetPath(lang, route.slug), alternates: [], route, template });
			template ??= discreet;
			pages.push(discreet);
		}
	}

	// The pages that belong to no language are in English.
	const inEnglish = { lang: 'en', dir: 'ltr' as const, ui: ui('en'), alternates: [], searchBox: searchBox('en') };
	for (const route of english) {
		pages.push(
			page<GoPage>({
				...inEnglish,
				kind: 'go',
				path: goPath(route.slug),
				route,
				choices: languages.map((language) => {
					const own = routeOf.get(`${language.code}/${route.slug}`)!;
					return { language, ui: ui(language.code), title: own.entry.data.title, path: own.path };
				}),
			}),
		);
	}
	pages.push(page<TranslationsPage>({ ...inEnglish, kind: 'translations', path: translationsPath }));
	pages.push(page<NotFoundPage>({ ...inEnglish, kind: 'notFound', path: '/404.html', choices }));
	return { siteUrl: site.url, languages, handbookMaxKB: site.handbookMaxKB, helpline: site.helplines.find((line) => line.phone) ?? site.helplines[0], pages };
}

/** The pages of one kind, for a template's getStaticPaths. */
export function pagesOf<K extends PageKind>(plan: SitePlan, kind: K): PageOf<K>[] {
	return plan.pages.filter((entry): entry is PageOf<K> => entry.kind === kind);
}

/** The page at a path; a path the plan does not have is a bug in whoever asked, and says so. */
export function pageAt(plan: SitePlan, path: string): PageEntry {
	const entry = plan.pages.find((candidate) => candidate.path === path);
	if (!entry) throw new Error(`The site plan has no page at ${path}`);
	return entry;
}

/** The one page of a kind the site has exactly one of (the chooser, the 404 page). */
export function onlyPage<K extends PageKind>(plan: SitePlan, kind: K): PageOf<K> {
	const [entry, ...others] = pagesOf(plan, kind);
	if (!entry || others.length) throw new Error(`The site plan has ${others.length + (entry ? 1 : 0)} pages of kind ${kind}, not one`);
	return entry;
}
