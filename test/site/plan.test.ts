import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { fileOf, onlyPage, pageAt, pagesOf, sitePlan } from '../../src/site/plan.ts';
import { fixtureContent } from '../support/run.ts';

// The fixture: English, Spanish, Arabic, Chinese, Somali and Dari; three
// English guides; Spanish translates two, Arabic and Chinese one, Somali and
// Dari none.
const { model } = loadContent(fixtureContent);
const plan = sitePlan(model!);
const languages = ['en', 'es', 'ar', 'zh', 'so', 'prs'];
const slugs = ['harbour', 'lighthouse', 'orchard'];

describe('sitePlan', () => {
	test('lists every page the site publishes, each at one address and in one file', () => {
		const paths = plan.pages.map((page) => page.path);
		expect(new Set(paths).size).toBe(paths.length);
		expect(new Set(plan.pages.map((page) => page.file)).size).toBe(paths.length);
		expect(paths).toEqual(expect.arrayContaining(['/', '/translations/', '/404.html', ...slugs.map((slug) => `/go/${slug}/`)]));
		for (const lang of languages) {
			expect(paths).toEqual(expect.arrayContaining([`/${lang}/`, `/${lang}/downloads/`, `/${lang}/handbook.html`, ...slugs.map((slug) => `/${lang}/${slug}/`)]));
		}
		expect(pagesOf(plan, 'guide')).toHaveLength(languages.length * slugs.length);
		expect(pagesOf(plan, 'discreet')).toHaveLength(languages.length * slugs.length);
	});

	test('names each page’s file as a static host serves it', () => {
		expect(fileOf('/')).toBe('index.html');
		expect(fileOf('/es/metadata/')).toBe('es/metadata/index.html');
		expect(fileOf('/es/handbook.html')).toBe('es/handbook.html');
		expect(pageAt(plan, '/404.html').file).toBe('404.html');
	});

	test('an untranslated guide shows the English text in the reader’s language, and stays out of that language’s search', () => {
		const page = pageAt(plan, '/so/harbour/');
		expect(page.kind === 'guide' && page.route.contentLang).toBe('en');
		expect(page.kind === 'guide' && page.indexed).toBe(false);
		expect(page.lang).toBe('so');
		expect(page.ui).toEqual({ ...model!.ui.en, ...model!.ui.so });
		const translated = pageAt(plan, '/es/harbour/');
		expect(translated.kind === 'guide' && translated.indexed).toBe(true);
	});

	test('a language’s home offers search only when it has a translated guide to find', () => {
		const search = Object.fromEntries(pagesOf(plan, 'home').map((page) => [page.lang, page.search]));
		expect(search).toEqual({ en: true, es: true, ar: true, zh: true, so: false, prs: false });
	});

	test('Arabic pages are right-to-left, and a page’s alternates lead to the same page in every language', () => {
		expect(pagesOf(plan, 'guide').filter((page) => page.lang === 'ar').every((page) => page.dir === 'rtl')).toBe(true);
		const home = pageAt(plan, '/ar/');
		expect(home.alternates.map((alt) => alt.path)).toEqual(languages.map((lang) => `/${lang}/`));
	});

	test('each language renders one discreet page and copies the others from it', () => {
		for (const lang of languages) {
			const [first, ...rest] = pagesOf(plan, 'discreet').filter((page) => page.lang === lang);
			expect(first.template).toBeUndefined();
			for (const page of rest) expect(page.template).toBe(first);
		}
	});

	test('a downloads page offers exactly its language’s handbook files, which hold every guide once', () => {
		for (const downloads of pagesOf(plan, 'downloads')) {
			const handbooks = pagesOf(plan, 'handbook').filter((page) => page.lang === downloads.lang);
			expect(downloads.handbooks.map((file) => file.path)).toEqual(handbooks.map((page) => page.path));
			expect(handbooks.flatMap((page) => page.parts[page.part - 1].map((route) => route.slug)).sort()).toEqual(slugs);
		}
	});

	test('/go/ pages list the guide in every language, translated title where there is one', () => {
		const go = pageAt(plan, '/go/lighthouse/');
		expect(go.kind).toBe('go');
		if (go.kind !== 'go') return;
		expect(go.choices.map((choice) => choice.path)).toEqual(languages.map((lang) => `/${lang}/lighthouse/`));
		const title = (lang: string) => model!.guides.find((guide) => guide.lang === lang && guide.slug === 'lighthouse')!.data.title;
		expect(go.choices.find((choice) => choice.language.code === 'es')!.title).toBe(title('es'));
		expect(go.choices.find((choice) => choice.language.code === 'so')!.title).toBe(title('en'));
	});

	test('asking for a page the plan does not have is an error that names it', () => {
		expect(() => pageAt(plan, '/es/nowhere/')).toThrow('The site plan has no page at /es/nowhere/');
		expect(onlyPage(plan, 'chooser').path).toBe('/');
	});
});

describe('sitePlan: what travels beyond the guide page', () => {
	test('each language has a card per guide, a page of all cards, its changes and their feed, and SMS segments', () => {
		for (const lang of languages) {
			const paths = plan.pages.filter((page) => page.lang === lang).map((page) => page.path);
			expect(paths).toEqual(expect.arrayContaining([`/${lang}/cards/`, `/${lang}/changes/`, `/${lang}/changes.xml`, `/${lang}/sms.json`, ...slugs.map((slug) => `/${lang}/${slug}/card/`)]));
		}
		expect(pageAt(plan, '/es/changes.xml').file).toBe('es/changes.xml');
	});

	test('changes come newest first, each in the words of the text the reader sees', () => {
		const changes = pageAt(plan, '/es/changes/');
		expect(changes.kind === 'changes' && changes.changes.map((change) => [change.date, change.route.slug, change.route.contentLang])).toEqual([
			['2027-09-01', 'harbour', 'es'],
			['2027-08-20', 'orchard', 'en'],
			['2026-10-01', 'orchard', 'en'],
		]);
	});

	test('a guide page carries its newest change only when it was made in the 60 days before the build', () => {
		const orchard = pageAt(plan, '/en/orchard/');
		expect(orchard.kind === 'guide' && orchard.recentChange?.date).toBe('2027-08-20');
		const lighthouse = pageAt(plan, '/en/lighthouse/');
		expect(lighthouse.kind === 'guide' && lighthouse.recentChange).toBeUndefined();
		const later = sitePlan({ ...model!, builtOn: '2027-12-01' });
		const stale = pageAt(later, '/en/orchard/');
		expect(stale.kind === 'guide' && stale.recentChange).toBeUndefined();
	});

	test('pages link to their language’s search box from the header, except where a reader has no use for it', () => {
		expect(pageAt(plan, '/ar/lighthouse/').searchBox).toBe('/ar/#search');
		expect(pageAt(plan, '/es/changes/').searchBox).toBe('/es/#search');
		// A language with nothing translated has no search box to lead to.
		expect(pageAt(plan, '/so/harbour/').searchBox).toBeUndefined();
		for (const path of ['/', '/es/handbook.html', '/es/lighthouse/card/', '/es/sms.json']) expect(pageAt(plan, path).searchBox, path).toBeUndefined();
	});

	test('a card or an SMS gives the first helpline with a phone number', () => {
		expect(plan.helpline?.phone).toBe(model!.site.helplines.find((line) => line.phone)!.phone);
	});
});
