import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/content/errors.ts';
import { parseMdx } from '../../src/content/mdx-source.ts';
import { compareOutdated, compareStructure, skeletonOf } from '../../src/content/structure.ts';

const side = (file: string, body: string) => {
	const text = `---\ntitle: x\n---\n\n${body}\n`;
	return { file, skeleton: skeletonOf(parseMdx(text, file).tree, text) };
};
const english = side(
	'en/g.mdx',
	'See [WhatsApp](https://faq.whatsapp.com/x) and [the other guide](../other/#why).\n\n<Callout kind="warning">\n\nCareful.\n\n</Callout>\n\n<Platform os="android">\n\n<Steps>\n\n1. Open Settings.\n\n</Steps>\n\n</Platform>\n\nSmith v. Maryland (1979).',
);
const compare = (body: string, terms = ['Smith v. Maryland', 'WhatsApp']) => compareStructure(english, side('es/g.mdx', body), terms).map(formatProblem);

const faithful =
	'Mira [WhatsApp](https://faq.whatsapp.com/x) y [la otra guía](../other/#por-qué).\n\n<Callout kind="warning">\n\nCuidado.\n\n</Callout>\n\n<Platform os="android">\n\n<Steps>\n\n1. Abre Ajustes.\n\n</Steps>\n\n</Platform>\n\nSmith v. Maryland (1979).';

describe('compareStructure', () => {
	test('accepts a faithful translation, whose heading anchors may differ', () => {
		expect(compare(faithful)).toEqual([]);
	});

	test('a missing component names both files and lines', () => {
		expect(compare(faithful.replace('<Callout kind="warning">\n\nCuidado.\n\n</Callout>\n\n', ''))).toEqual([
			'es/g.mdx:7 — This file has <Platform os="android"> where the English guide has <Callout kind="warning"> (en/g.mdx:7). Keep the same components, with the same settings, in the same order as the English file; translate only the text inside them.',
		]);
	});

	test('a changed setting or order is a mismatch', () => {
		expect(compare(faithful.replace('os="android"', 'os="iphone"'))[0]).toMatch(/^es\/g\.mdx:13 — This file has <Platform os="iphone"> where the English guide has <Platform os="android"> \(en\/g\.mdx:13\)/);
	});

	test('an extra component at the end is reported', () => {
		expect(compare(`${faithful}\n\n<Callout kind="info">\n\nMás.\n\n</Callout>`)[0]).toMatch(/^es\/g\.mdx:\d+ — <Callout kind="info"> is not in the English guide \(en\/g\.mdx has 3 components, this file has 4\)/);
	});

	test('a changed or missing link target is reported with the English line', () => {
		expect(compare(faithful.replace('https://faq.whatsapp.com/x', 'https://faq.whatsapp.com/y'))).toEqual([
			'es/g.mdx — The link to https://faq.whatsapp.com/x in the English guide (en/g.mdx:5) is missing here. Keep every link of the English file, with the same address; translate only the link text.',
			'es/g.mdx:5 — The link to https://faq.whatsapp.com/y is not in the English guide en/g.mdx. Use the same link addresses as the English file.',
		]);
	});

	test('a translated protected term is reported', () => {
		expect(compare(faithful.replace('Smith v. Maryland', 'Smith contra Maryland'))).toEqual([
			'es/g.mdx — "Smith v. Maryland" is used in the English guide (en/g.mdx:23) but not here. Write "Smith v. Maryland" exactly as in English: names of apps, laws and court cases are not translated (see content/glossary.yml).',
		]);
	});
});

describe('compareOutdated', () => {
	const translation = (body: string) => side('es/g.mdx', body);
	const earlier = side('en/g.mdx', 'See [the old page](https://old.example/).').skeleton;

	test('differences from the changed English guide are notes, not problems', () => {
		const changedEnglish = side('en/g.mdx', 'See [WhatsApp](https://faq.whatsapp.com/x) and [new](../new/).\n\n<Callout kind="danger">\n\nNew.\n\n</Callout>');
		const result = compareOutdated(changedEnglish, translation('Mira [WhatsApp](https://faq.whatsapp.com/x).'), undefined, []);
		expect(result.problems).toEqual([]);
		expect(result.notes.map(formatProblem)).toEqual([
			expect.stringMatching(/A component is missing: the English guide has <Callout kind="danger">/),
			expect.stringMatching(/The link to \.\.\/new\/ in the English guide \(en\/g\.mdx:5\) is missing here/),
		]);
	});

	test('a link the English guide had when the translation was made may stay', () => {
		const result = compareOutdated(english, translation('Mira [la página](https://old.example/).'), earlier, []);
		expect(result.problems).toEqual([]);
	});

	test('a link neither English version has is a problem, on its line', () => {
		const result = compareOutdated(english, translation('Hola.\n\nMira [la página](https://phish.example/).'), earlier, []);
		expect(result.problems.map(formatProblem)).toEqual([
			'es/g.mdx:7 — The link to https://phish.example/ is neither in the English guide en/g.mdx nor in the English version this translation was made from. Use only link addresses from the English guide; translate only the link text.',
		]);
	});

	test('without the earlier version, only the current English links are allowed, and the message says why', () => {
		const result = compareOutdated(english, translation('Mira [la página](https://old.example/).'), undefined, []);
		expect(result.problems.map(formatProblem)).toEqual([
			expect.stringMatching(/^es\/g\.mdx:5 — The link to https:\/\/old\.example\/ is neither in the English guide en\/g\.mdx nor in the current English text \(the version this translation was made from could not be found\)\./),
		]);
	});
});
