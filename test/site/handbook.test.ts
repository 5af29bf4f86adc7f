import { expect, test } from 'vitest';
import { guideBodyOf, handbookBody } from '../../src/finish/handbooks.ts';
import { contentVersion, editionDate, handbookHref, handbookParts, scopeIds } from '../../src/site/handbook.ts';
import type { GuideEntry } from '../../src/site/routes.ts';

const entry = (id: string, hash: string, reviewed: string) =>
	({ id, slug: id.split('/')[1], lang: id.split('/')[0], hash, file: '', data: { reviewed } }) as unknown as GuideEntry;

test('the content version changes when any guide changes, whatever the order', () => {
	const a = [entry('es/a', '1', '2026-01-01'), entry('es/b', '2', '2026-03-01')];
	expect(contentVersion(a)).toBe(contentVersion([...a].reverse()));
	expect(contentVersion([entry('es/a', '1', '2026-01-01'), entry('es/b', '3', '2026-03-01')])).not.toBe(contentVersion(a));
	expect(editionDate(a)).toBe('2026-03-01');
});

test('ids and in-page links of a guide get its prefix; links to other sections do not', () => {
	expect(scopeIds('<h2 id="what-happens">x</h2><a href="#what-happens">y</a><a href="#pen-registers">z</a>', 'metadata')).toBe(
		'<h2 id="metadata-what-happens">x</h2><a href="#metadata-what-happens">y</a><a href="#pen-registers">z</a>',
	);
});

test('links to another guide of the handbook become links to its section, in this part or another', () => {
	const slugs = new Map([
		['metadata', ''],
		['pen-registers', ''],
		['border-phone-search', 'handbook-2.html'],
	]);
	expect(handbookHref('/es/pen-registers/', '', 'es', slugs, 'https://g.example/')).toBe('#pen-registers');
	expect(handbookHref('/es/pen-registers/', '#why', 'es', slugs, 'https://g.example/')).toBe('#pen-registers-why');
	expect(handbookHref('/es/', '', 'es', slugs, 'https://g.example/')).toBe('https://g.example/es/');
	expect(handbookHref('/ar/metadata/', '', 'es', slugs, 'https://g.example/')).toBe('https://g.example/ar/metadata/');
	expect(handbookHref('/es/border-phone-search/', '#what', 'es', slugs, 'https://g.example/')).toBe('handbook-2.html#border-phone-search-what');
	expect(handbookHref('/es/not-in-the-handbook/', '', 'es', slugs, 'https://g.example/')).toBe('https://g.example/es/not-in-the-handbook/');
});

test('a handbook is split, in order, into parts that each fit the budget with the overhead', () => {
	const guides = [40, 30, 50, 20, 90, 10].map((weight, i) => ({ name: `g${i}`, weight }));
	const names = (parts: { name: string }[][]) => parts.map((part) => part.map((g) => g.name));
	expect(names(handbookParts(guides, 100, 10, 1))).toEqual([['g0', 'g1'], ['g2', 'g3'], ['g4'], ['g5']]);
	// Everything fits: one part, the usual case.
	expect(names(handbookParts(guides, 1000, 10, 1))).toEqual([guides.map((g) => g.name)]);
	// A guide heavier than a whole part gets a part of its own rather than being left out.
	expect(names(handbookParts([{ name: 'huge', weight: 500 }, { name: 'small', weight: 5 }], 100, 10, 1))).toEqual([['huge'], ['small']]);
	expect(handbookParts([], 100)).toEqual([[]]);
	// A guide adds only part of its file's size: guides compress better together.
	expect(names(handbookParts(guides, 100, 10, 0.5))).toEqual([['g0', 'g1', 'g2', 'g3'], ['g4', 'g5']]);
});

test('ids that do not start with a letter get one, with their links', () => {
	expect(scopeIds('<h3 id="1-set-a-passcode">x</h3><a href="#1-set-a-passcode">y</a><h2 id="qué-pasa">z</h2>')).toBe(
		'<h3 id="h-1-set-a-passcode">x</h3><a href="#h-1-set-a-passcode">y</a><h2 id="qué-pasa">z</h2>',
	);
});

test('Arabic vowel marks are dropped from ids, which keep their letters', () => {
	expect(scopeIds('<h3 id="أخفِ-رقم-هاتفك">x</h3>')).toBe('<h3 id="أخف-رقم-هاتفك">x</h3>');
	expect(scopeIds('<h3 id="أخفِ-رقم">x</h3>', 'group-chats')).toBe('<h3 id="group-chats-أخف-رقم">x</h3>');
});

test('a built guide body becomes a handbook section: prefixed ids, links to sections or to the live site', () => {
	const page = '<main><div class="body" lang="en"><h2 id="why">Why</h2><div class="steps"><ol><li>x</li></ol></div><a href="#why">up</a> <a href="../other/">o</a> <a href="../other/#how">h</a> <a href="../">home</a> <a href="https://e.org/">e</a></div><footer></footer></main>';
	expect(handbookBody(guideBodyOf(page), 'es', 'this', new Map([['this', ''], ['other', '']]), 'https://g.example/')).toBe(
		'<h2 id="this-why">Why</h2><div class="steps"><ol><li>x</li></ol></div><a href="#this-why">up</a> <a href="#other">o</a> <a href="#other-how">h</a> <a href="https://g.example/es/" rel="noopener noreferrer">home</a> <a href="https://e.org/">e</a>',
	);
});
