import { describe, expect, test } from 'vitest';
import { classifyLink, relativeHref } from '../../src/lib/links.ts';

describe('relativeHref', () => {
	test.each([
		['/es/metadata/', '/es/', '../'],
		['/es/metadata/', '/ar/metadata/', '../../ar/metadata/'],
		['/es/', '/pagefind/pagefind.js', '../pagefind/pagefind.js'],
		['/', '/es/', 'es/'],
		['/es/', '/es/', './'],
		['/', '/', './'],
	])('from %s to %s is %s', (from, to, expected) => {
		expect(relativeHref(from, to)).toBe(expected);
		// The href must land exactly on the target when a browser resolves it.
		expect(new URL(expected, `https://h.example/base${from}`).pathname).toBe(`/base${to}`);
	});
});

describe('classifyLink', () => {
	test('resolves relative guide links against the page', () => {
		expect(classifyLink('../pen-registers/#what', '/es/metadata/')).toEqual({ kind: 'internal', path: '/es/pen-registers/', hash: '#what' });
	});
	test.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', ' javascript:x', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd'])(
		'refuses %s',
		(url) => expect(classifyLink(url, '/en/x/').kind).toBe('forbidden'),
	);
	test('refuses insecure and scheme-less off-site links', () => {
		expect(classifyLink('http://example.org/', '/en/x/').kind).toBe('forbidden');
		expect(classifyLink('//example.org/', '/en/x/').kind).toBe('forbidden');
	});
	test('accepts https, mailto and tel links as external', () => {
		for (const url of ['https://example.org/a', 'mailto:help@example.org', 'tel:+15550100']) expect(classifyLink(url, '/en/x/').kind).toBe('external');
	});
});
