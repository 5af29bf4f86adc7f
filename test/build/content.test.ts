import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { loadContent } from '../../src/lib/content.ts';
import { guideRoutes } from '../../src/lib/routes.ts';
import { listFilesUnder } from '../../src/integrations/files.ts';
import { htmlErrors } from '../support/html.ts';
import { projectRoot } from '../support/run.ts';

/* The guide this project ships: its content passes every check and builds within budget. */
const { model, problems } = loadContent(join(projectRoot, 'content'), projectRoot);

let dist: string;
beforeAll(() => {
	dist = inject('siteDist');
});

describe('the shipped guide', () => {
	test('passes the content checks', () => {
		expect(problems).toEqual([]);
	});

	test('has a page for every declared language and English guide', () => {
		const pages = new Set(listFilesUnder(dist).filter((f) => f.endsWith('index.html')));
		for (const route of guideRoutes(model!.site.languages, model!.guides)) expect(pages.has(`${route.path.slice(1)}index.html`), route.path).toBe(true);
	});

	test('every page is valid HTML (html-validate, recommended rules)', async () => {
		for (const path of listFilesUnder(dist).filter((f) => f.endsWith('.html'))) expect(await htmlErrors(join(dist, path)), path).toEqual([]);
	});

	test('no guide page shows Markdown marks that failed to render (like ** around a word)', () => {
		for (const path of listFilesUnder(dist).filter((f) => /^[a-z]+\/[a-z-]+\/index\.html$/.test(f))) {
			const text = readFileSync(join(dist, path), 'utf8').replace(/<(script|style)[\s\S]*?<\/\1>/g, '');
			expect(text.match(/\*\*|__\w|\]\(/g), path).toBeNull();
		}
	});

	test('every guide page stays within 14 KiB gzip at first view', () => {
		for (const route of guideRoutes(model!.site.languages, model!.guides)) {
			const html = readFileSync(join(dist, route.path, 'index.html'));
			expect(gzipSync(html).length, route.path).toBeLessThanOrEqual(14 * 1024);
		}
	});

	test('Turkish and Russian readers get the English text of untranslated guides under a notice in their language', () => {
		const turkish = readFileSync(join(dist, 'tr/metadata/index.html'), 'utf8');
		expect(turkish).toContain(`<div class="notice notice-untranslated"`);
		expect(turkish).toContain(model!.ui.tr.noticeUntranslated.replace('{language}', 'Türkçe'));
		expect(turkish).toContain('<div class="body" lang="en" dir="ltr">');
		const russian = readFileSync(join(dist, 'ru/pen-registers/index.html'), 'utf8');
		expect(russian).toContain(model!.ui.ru.noticeUntranslated.replace('{language}', 'Русский'));
	});

	test('ships the sample translations: Spanish, Arabic and Chinese for at least two guides each', () => {
		for (const lang of ['es', 'ar', 'zh']) {
			expect(model!.guides.filter((g) => g.lang === lang).length, lang).toBeGreaterThanOrEqual(2);
		}
	});
});
