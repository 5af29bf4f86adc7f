import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sourceLang } from '../../src/content/check.ts';
import { loadContent } from '../../src/content/load.ts';
import { parseMdx } from '../../src/content/mdx-source.ts';
import { gradeLevel, proseSentences } from '../support/readability.ts';
import { projectRoot } from '../support/run.ts';
import { translationStatus } from '../../src/content/translation-status.ts';
import { isStale } from '../../src/content/freshness.ts';

/*
 * The guides are safety advice: every guide in every language has the parts a
 * reader relies on, cites dated sources, was checked recently, and the English
 * source reads at US grade 8 or below.
 */
const { model } = loadContent(join(projectRoot, 'content'), projectRoot);
const guides = model?.guides ?? [];
const english = new Map(guides.filter((g) => g.lang === sourceLang).map((g) => [g.slug, g]));
const newestReview = guides.map((g) => g.data.reviewed).sort().at(-1)!;
const requiredSections = ['What happens', 'What it reveals about you', 'What you can do today', 'What the law says', 'Where to get help'];
/** Guides that describe no law need at least these, in this order. */
const requiredWithoutLaw = ['What happens', 'What you can do today', 'Where to get help'];

function tree(file: string) {
	return parseMdx(readFileSync(join(projectRoot, file), 'utf8'), file).tree;
}
function sections(file: string): string[] {
	return tree(file)
		.children.filter((node: { type: string; depth?: number }) => node.type === 'heading' && node.depth === 2)
		.map((node: { children: { value?: string; children?: { value: string }[] }[] }) =>
			node.children.map((child) => child.value ?? child.children?.map((c) => c.value).join('') ?? '').join(''),
		);
}

test('the content loads', () => {
	expect(model).toBeDefined();
	expect(english.size).toBeGreaterThanOrEqual(11);
});

describe.each(guides.map((g) => [g.file, g] as const))('%s', (file, guide) => {
	test('has its required sections, in order', () => {
		if (guide.lang === sourceLang) {
			const required = guide.data.jurisdiction ? requiredSections : requiredWithoutLaw;
			const found = sections(file).filter((heading) => required.includes(heading));
			expect(found).toEqual(required);
		} else {
			// A translation has the English file's sections, translated: the same number, none missing.
			expect(sections(file).length).toBe(sections(english.get(guide.slug)!.file).length);
		}
		expect(guide.data.inShort.length).toBeLessThanOrEqual(3);
	});

	test('cites at least three dated https sources', () => {
		expect(guide.data.sources.length).toBeGreaterThanOrEqual(3);
		for (const source of guide.data.sources) {
			expect(source.url).toMatch(/^https:\/\//);
			expect(source.date).toMatch(/^\d{4}/);
		}
	});

	// Against the content's own newest review, not the clock: this test must not
	// start failing as time passes. (A build a year later flags old guides on their pages.)
	test('was checked within 12 months of the newest guide, and is not stale on the test build date', () => {
		expect(isStale(guide.data.reviewed, newestReview), `reviewed ${guide.data.reviewed}`).toBe(false);
		expect(guide.stale).toBeFalsy();
	});

	test('has no placeholder text', () => {
		const text = readFileSync(join(projectRoot, file), 'utf8');
		// Upper-case markers only: "todo" is an ordinary Spanish word.
		expect(text).not.toMatch(/\b(?:TODO|TBD|FIXME|XXX+)\b|\?\?\?|<placeholder>/);
		expect(text).not.toMatch(/lorem ipsum|\[citation needed\]|\[(?:insert|add) [^\]]*\]/i);
	});
});

const englishGuides = guides.filter((g) => g.lang === sourceLang);

describe.each(englishGuides.map((g) => [g.file, g] as const))('%s (the English source)', (file) => {
	test('reads at US grade 8 or below (Flesch-Kincaid)', () => {
		expect(gradeLevel(proseSentences(tree(file)))).toBeLessThanOrEqual(8);
	});
});

describe.each(englishGuides.filter((g) => g.data.jurisdiction).map((g) => [g.file] as const))('%s (describes law)', (file) => {
	test('says where the law stands and that it is not legal advice', () => {
		const text = readFileSync(join(projectRoot, file), 'utf8');
		expect(text).toMatch(/US law, as of [A-Z][a-z]+ \d{4}/);
		expect(text).toMatch(/not legal advice/);
	});
});

test('Spanish has every guide, and every interface string', () => {
	for (const slug of english.keys()) expect(guides.some((g) => g.lang === 'es' && g.slug === slug), slug).toBe(true);
	expect(Object.keys(model!.ui.en).filter((key) => !(key in model!.ui.es))).toEqual([]);
});

test('every complete language has every guide and interface string, none outdated; Turkish and Russian have their four', () => {
	const status = Object.fromEntries(translationStatus(model!).map((l) => [l.code, l]));
	for (const lang of ['es', 'ht', 'fr', 'pt', 'ar', 'zh']) {
		expect(status[lang].counts.missing, lang).toBe(0);
		expect(status[lang].counts.outdated, lang).toBe(0);
		expect(status[lang].missingUi, lang).toEqual([]);
	}
	for (const lang of ['tr', 'ru']) {
		const done = status[lang].guides.filter((g) => g.state !== 'missing').map((g) => g.slug).sort();
		expect(done, lang).toEqual(['biometric-unlock', 'group-chats', 'ice-encounters', 'smuggler-scams']);
		expect(status[lang].counts.outdated, lang).toBe(0);
		expect(status[lang].missingUi, lang).toEqual([]);
	}
});
