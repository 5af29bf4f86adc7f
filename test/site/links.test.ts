import { describe, expect, test } from 'vitest';
import { classifyLink, deceptiveLink, hostInText, lookalikeHost, relativeHref } from '../../src/site/links.ts';

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

describe('link text that shows a web address', () => {
	test.each([
		['uscis.gov', 'uscis.gov'],
		['https://www.uscis.gov/', 'uscis.gov'],
		['www.uscis.gov/avoid-scams', 'uscis.gov'],
		['faq.whatsapp.com', 'faq.whatsapp.com'],
		['locator.ice.gov.', 'locator.ice.gov'],
		['bücher.de', 'xn--bcher-kva.de'],
	])('"%s" names the host %s', (text, host) => {
		expect(hostInText(text)).toBe(host);
	});

	test.each(['the USCIS website', 'help@accessnow.org', '18 U.S.C. 1519', 'Signal', 'e.g.', 'U.S.C.', ''])('"%s" is not an address', (text) => {
		expect(hostInText(text)).toBeUndefined();
	});

	test.each([
		['uscis.gov', 'https://www.uscis.gov/avoid-scams'],
		['https://www.uscis.gov/', 'https://uscis.gov/'],
		['ice.gov', 'https://locator.ice.gov/odls/'],
		['the USCIS website', 'https://anything.example/'],
	])('[%s](%s) is fine', (text, url) => {
		expect(deceptiveLink(text, url)).toBeUndefined();
	});

	test.each([
		['uscis.gov', 'https://uscis.gov.help-desk.example/', /leads to another site, uscis\.gov\.help-desk\.example/],
		['https://www.uscis.gov/', 'https://www.uscls.gov/', /leads to another site, uscls\.gov/],
		['locator.ice.gov', 'https://ice.gov/', /leads to another site, ice\.gov/],
		['uscis.gov', '../get-help/', /leads to \.\.\/get-help\//],
	])('[%s](%s) is misleading', (text, url, reason) => {
		expect(deceptiveLink(text, url)).toMatch(reason);
	});

	test('a look-alike address written in another alphabet is pointed out', () => {
		expect(lookalikeHost('https://xn--uscs-4qa.gov/')).toBe('xn--uscs-4qa.gov');
		expect(lookalikeHost('https://www.uscis.gov/')).toBeUndefined();
	});
});
