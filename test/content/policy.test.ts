import { describe, expect, test } from 'vitest';
import { parseMdx } from '../../src/content/mdx-source.ts';
import { checkPolicy } from '../../src/content/policy.ts';

/** Parses a body (after a line of frontmatter) and returns its problems as "line: problem". */
function problems(body: string): string[] {
	const text = `---\ntitle: x\n---\n\n${body}\n`;
	const parsed = parseMdx(text, 'g.mdx');
	if (parsed.problem) return [`${parsed.problem.line}: ${parsed.problem.problem}`];
	return checkPolicy(parsed.tree, 'g.mdx', '/en/g/').problems.map((p) => `${p.line}: ${p.problem}`);
}

describe('content policy', () => {
	test('accepts Markdown, GFM and the generator’s components', () => {
		expect(problems('## A\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\n<Callout kind="info">\n\nHi\n\n</Callout>\n\n<Platform os="iphone">\n\n<Steps>\n\n1. One\n\n</Steps>\n\n</Platform>\n\n<Platform app="signal">\n\nS\n\n</Platform>')).toEqual([]);
	});
	test.each([
		['import X from "y"', /import/],
		['export const a = (() => 1)()', /import" and "export/],
		['Two is {1 + 1}', /curly braces/],
		['<div>\n\nx\n\n</div>', /HTML tag <div>/],
		['<script>alert(1)</script>', /HTML tag <script>/],
		['<img src="https://evil.example/x.png" />', /HTML tag <img>/],
		['<Calout kind="info">x</Calout>', /no component called <Calout>/],
		['<Callout kind="info" onClick="x">x</Callout>', /no setting called "onClick"/],
		['<Callout kind={"info"}>x</Callout>', /must be text/],
		['<Callout kind="info" {...props}>x</Callout>', /code inside its tag/],
		['<Callout kind="loud">x</Callout>', /"loud" is not a value/],
		['<Callout>x</Callout>', /needs the setting "kind"/],
		['<Platform os="android" app="signal">x</Platform>', /exactly one/],
		['[x](javascript:alert(1))', /"javascript:" link/],
		['[x](data:text/html;base64,PHNjcmlwdD4=)', /"data:" link/],
		['[x]: javascript:alert(1)\n\n[x]', /"javascript:" link/],
		['![x](https://evil.example/t.gif)', /image comes from another website/],
		['[x](http://example.org)', /not secure/],
		['# Title again', /repeats the page title/],
		['<!-- hidden -->', /Comments/],
		['<Callout kind="info">\n\nno end', /never closed/],
		['a <3 b', /"<" sign/],
	])('rejects %j', (body, message) => {
		const found = problems(body);
		expect(found.length).toBeGreaterThan(0);
		expect(found[0]).toMatch(message);
		// Line 5 is the first line of the body.
		expect(found[0]).toMatch(/^5: /);
	});
	test('collects internal links for the page check', () => {
		const parsed = parseMdx('---\nt: x\n---\n\nSee [a](../other/#part) and [b](https://example.org).\n', 'g.mdx');
		expect(checkPolicy(parsed.tree, 'g.mdx', '/es/g/').internalLinks).toEqual([{ path: '/es/other/', hash: '#part', line: 5, column: 5 }]);
	});
});

describe('links whose text shows a web address', () => {
	test('must lead to that site, written inline or as a reference', () => {
		expect(problems('See [uscis.gov](https://uscis.gov.example.net/login).')).toEqual([
			'5: This link is misleading: its text shows the web address uscis.gov, but it leads to another site, uscis.gov.example.net',
		]);
		expect(problems('See [https://www.uscis.gov/][help].\n\n[help]: https://evil.example/')).toEqual([
			'5: This link is misleading: its text shows the web address https://www.uscis.gov/, but it leads to another site, evil.example',
		]);
		expect(problems('See [uscis.gov](https://www.uscis.gov/) and [the USCIS site](https://www.uscis.gov/).')).toEqual([]);
	});

	test('a look-alike address is a warning, not an error', () => {
		const text = '---\ntitle: x\n---\n\nSee [the site](https://xn--uscs-4qa.gov/).\n';
		const result = checkPolicy(parseMdx(text, 'g.mdx').tree, 'g.mdx', '/en/g/');
		expect(result.problems).toEqual([]);
		expect(result.warnings.map((p) => `${p.line}: ${p.problem}`)).toEqual([
			'5: This link leads to xn--uscs-4qa.gov, an address written with letters of other alphabets, which can imitate a familiar one',
		]);
	});
});

describe('addresses that hide where they lead', () => {
	test('a name and @ before the site is refused', () => {
		expect(problems('See [the form](https://uscis.gov@forms.example/).')).toEqual([
			'5: This link is not allowed: this address has a name and "@" before the site, which hides where it really leads (forms.example)',
		]);
	});

	test('a www. address in running text, which Markdown links without https, is explained with its fix', () => {
		const text = '---\ntitle: x\n---\n\nVisit www.uscis.gov for forms.\n';
		expect(checkPolicy(parseMdx(text, 'g.mdx').tree, 'g.mdx', '/en/g/').problems.map((p) => `${p.problem}. ${p.fix}`)).toEqual([
			'The address www.uscis.gov written as plain text becomes a link without https, which is not secure. Write it as a link with https: [www.uscis.gov](https://www.uscis.gov)',
		]);
		expect(problems('Visit uscis.gov or https://www.uscis.gov/ for forms.')).toEqual([]);
	});
});
