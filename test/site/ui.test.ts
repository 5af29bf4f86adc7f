import { expect, test } from 'vitest';
import { fill, missingUiKeys, uiFor } from '../../src/site/ui.ts';

const all = { en: { a: 'A', b: 'B {name}' }, es: { a: 'Á' } };

test('falls back to English key by key', () => {
	expect(uiFor(all, 'es')).toEqual({ a: 'Á', b: 'B {name}' });
	expect(uiFor(all, 'so')).toEqual(all.en);
});

test('reports the keys a language is missing', () => {
	expect(missingUiKeys(all, 'es')).toEqual(['b']);
});

test('fills placeholders and leaves unknown ones visible', () => {
	expect(fill('Hola {name}, {other}', { name: 'Ana' })).toBe('Hola Ana, {other}');
});
