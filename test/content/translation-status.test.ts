import { expect, test } from 'vitest';
import type { ContentModel } from '../../src/content/check.ts';
import { translationStatus } from '../../src/content/translation-status.ts';

const data = (order: number, extra: object = {}) => ({ title: 't', summary: 's', inShort: ['x'], order, reviewed: '2026-01-01', sources: [], ...extra });
const model: ContentModel = {
	builtOn: '2026-11-30',
	site: {
		name: 'S', url: 'https://s.example/', quickExit: 'https://n.example/', helplines: [], startHere: [], handbookMaxKB: 150, staleAfterMonths: 6,
		languages: [{ code: 'en', name: 'English', dir: 'ltr' }, { code: 'es', name: 'Español', dir: 'ltr' }, { code: 'prs', name: 'دری', dir: 'rtl' }],
	},
	ui: { en: { a: 'A', b: 'B' }, es: { a: 'Á' } },
	glossary: { protected: [], terms: [] },
	guides: [
		{ lang: 'en', slug: 'one', file: 'en/one.mdx', id: 'en/one', hash: 'h1', weight: 1, data: data(1) },
		{ lang: 'en', slug: 'two', file: 'en/two.mdx', id: 'en/two', hash: 'h2', weight: 1, data: data(2) },
		{ lang: 'en', slug: 'three', file: 'en/three.mdx', id: 'en/three', hash: 'h3', weight: 1, data: data(3) },
		{ lang: 'en', slug: 'four', file: 'en/four.mdx', id: 'en/four', hash: 'h4', weight: 1, data: data(4) },
		{ lang: 'es', slug: 'one', file: 'es/one.mdx', id: 'es/one', hash: '', weight: 1, data: data(1, { translatedFrom: 'h1', review: 'community' }) },
		{ lang: 'es', slug: 'two', file: 'es/two.mdx', id: 'es/two', hash: '', weight: 1, data: data(2, { translatedFrom: 'old', review: 'machine' }), missingTerms: ['metadata'] },
		{ lang: 'es', slug: 'three', file: 'es/three.mdx', id: 'es/three', hash: '', weight: 1, data: data(3, { translatedFrom: 'h3', review: 'machine' }) },
	],
};

test('gives every language but English a state for every guide, the most urgent first', () => {
	const [es, prs] = translationStatus(model);
	expect(es.guides.map((g) => [g.slug, g.state])).toEqual([['one', 'translated'], ['two', 'outdated'], ['three', 'machine'], ['four', 'missing']]);
	expect(es.counts).toEqual({ translated: 1, outdated: 1, machine: 1, missing: 1 });
	expect(prs.counts).toEqual({ translated: 0, outdated: 0, machine: 0, missing: 4 });
});

test('gives the English code to record and the glossary terms not used', () => {
	const [es] = translationStatus(model);
	expect(es.guides[1]).toMatchObject({ englishHash: 'h2', missingTerms: ['metadata'], file: 'es/two.mdx', review: 'machine' });
});

test('lists the interface strings a language is missing', () => {
	const [es, prs] = translationStatus(model);
	expect(es.missingUi).toEqual(['b']);
	expect(prs.missingUi).toEqual(['a', 'b']);
});
