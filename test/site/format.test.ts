import { expect, test } from 'vitest';
import { formatDate, pageTitle } from '../../src/site/format.ts';

test('formats dates in the reader’s language, to the precision given', () => {
	expect(formatDate('2026-11-01', 'en')).toBe('November 1, 2026');
	expect(formatDate('2026-11', 'es')).toBe('noviembre de 2026');
	expect(formatDate('2019', 'en')).toBe('2019');
	expect(formatDate('2026-11-01', 'es')).toBe('1 de noviembre de 2026');
});

test('keeps browser-tab titles within 70 characters', () => {
	expect(pageTitle('Short', 'Site')).toBe('Short · Site');
	expect(pageTitle('x'.repeat(66), 'Site')).toBe('x'.repeat(66));
	expect(pageTitle('y'.repeat(90), 'Site')).toHaveLength(70);
});

test('counts a title as the page writes it, where an apostrophe takes five characters', () => {
	const title = pageTitle(`${'a'.repeat(60)}'''`, 'Site');
	const written = title.replace(/'/g, '&#39;');
	expect(written.length).toBeLessThanOrEqual(70);
	expect(title.endsWith('…')).toBe(true);
});

test('a double quote counts as the six characters of &quot;', () => {
	expect(pageTitle(`${'b'.repeat(57)}"`, 'Site')).toBe(`${'b'.repeat(57)}" · Site`);
	expect(pageTitle(`${'b'.repeat(58)}"`, 'Site')).toBe(`${'b'.repeat(58)}"`);
});
