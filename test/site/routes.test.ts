import { describe, expect, test } from 'vitest';
import { decideGuideSource, guideRoutes, type GuideEntry } from '../../src/site/routes.ts';

const data = (order: number, extra: Record<string, string> = {}) => ({
	title: 't', summary: 's', inShort: ['x'], order, reviewed: '2026-01-01', sources: [], ...extra,
});
const guide = (lang: string, slug: string, hash: string, extra: Record<string, string> = {}, order = 1): GuideEntry => ({
	lang, slug, file: `content/${lang}/guides/${slug}.mdx`, id: `${lang}/${slug}`, hash, weight: 1, data: data(order, extra),
});
const languages = [
	{ code: 'en', name: 'English', dir: 'ltr' as const },
	{ code: 'es', name: 'Español', dir: 'ltr' as const },
	{ code: 'ar', name: 'العربية', dir: 'rtl' as const },
];

describe('decideGuideSource', () => {
	test('shows the English text with a notice when there is no translation', () => {
		expect(decideGuideSource('abc')).toEqual({ use: 'english', notices: ['untranslated'] });
	});
	test('shows a current, reviewed translation with no notice', () => {
		expect(decideGuideSource('abc', { translatedFrom: 'abc', review: 'community' })).toEqual({ use: 'translation', notices: [] });
	});
	test('marks a translation made from an older English file as outdated, but still shows it', () => {
		expect(decideGuideSource('abc', { translatedFrom: 'old', review: 'expert' })).toEqual({ use: 'translation', notices: ['outdated'] });
	});
	test('marks a machine translation, and one that is both machine-made and outdated', () => {
		expect(decideGuideSource('abc', { translatedFrom: 'abc', review: 'machine' }).notices).toEqual(['machine']);
		expect(decideGuideSource('abc', { translatedFrom: 'x', review: 'machine' }).notices).toEqual(['outdated', 'machine']);
	});
});

describe('guideRoutes', () => {
	const guides = [
		guide('en', 'b', 'hb', {}, 2),
		guide('en', 'a', 'ha', {}, 1),
		guide('es', 'a', '', { translatedFrom: 'ha', review: 'community' }),
		guide('ar', 'b', '', { translatedFrom: 'old', review: 'machine' }),
	];
	const routes = guideRoutes(languages, guides);

	test('makes one page per language for every English guide, in guide order', () => {
		expect(routes.map((r) => r.path)).toEqual(['/en/a/', '/es/a/', '/ar/a/', '/en/b/', '/es/b/', '/ar/b/']);
	});
	test('renders the English entry, marked English, where a translation is missing', () => {
		const arA = routes.find((r) => r.path === '/ar/a/')!;
		expect(arA.entry.id).toBe('en/a');
		expect(arA).toMatchObject({ dir: 'rtl', contentLang: 'en', contentDir: 'ltr', notices: ['untranslated'] });
	});
	test('renders the translation in its own language and direction', () => {
		const arB = routes.find((r) => r.path === '/ar/b/')!;
		expect(arB).toMatchObject({ contentLang: 'ar', contentDir: 'rtl', notices: ['outdated', 'machine'] });
		expect(arB.entry.id).toBe('ar/b');
	});
	test('lists the same guide in every language for the switcher', () => {
		const esA = routes.find((r) => r.path === '/es/a/')!;
		expect(esA.alternates.map((a) => [a.path, a.isFallback])).toEqual([['/en/a/', false], ['/es/a/', false], ['/ar/a/', true]]);
	});
});
