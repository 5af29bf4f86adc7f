import { readFileSync } from 'node:fs';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { benchCorpus } from '../../scripts/bench-corpus.ts';
import { loadContent } from '../../src/content/load.ts';
import { projectRoot } from '../support/run.ts';

const ui = readFileSync(join(projectRoot, 'content/en/ui.yml'), 'utf8');

test('the benchmark corpus is valid content, with fallbacks, in three scripts, and the same every time', () => {
	const corpus = benchCorpus(100, ui);
	expect(corpus.guides).toBe(20);
	expect(corpus.pages).toBe(100);
	const dir = mkdtempSync(join(tmpdir(), 'resguardo-bench-'));
	try {
		for (const [path, text] of corpus.files) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
		const { model, problems } = loadContent(dir, dir);
		expect(problems).toEqual([]);
		const translations = model!.guides.filter((g) => g.lang !== 'en').length;
		expect(translations).toBeGreaterThan(60);
		expect(translations).toBeLessThan(80);
		expect(model!.guides.some((g) => g.lang === 'ar')).toBe(true);
		const words = corpus.files.get('en/guides/guide-0001.mdx')!.split(/\s+/).length;
		expect(words).toBeGreaterThan(900);
		expect(words).toBeLessThan(1600);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	expect([...benchCorpus(100, ui).files]).toEqual([...corpus.files]);
});
