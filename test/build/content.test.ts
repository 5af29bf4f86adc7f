import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { guideRoutes } from '../../src/site/routes.ts';
import { listFilesUnder } from '../support/dist.ts';
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

	test('the guides added on 2026-11-29 are read in every complete language, right-to-left in Arabic, with the machine-translation notice', () => {
		const added = ['ice-encounters', 'location-tracking', 'cloud-backups', 'account-takeover', 'family-plan'];
		for (const lang of ['es', 'ht', 'fr', 'pt', 'ar', 'zh']) {
			for (const slug of added) {
				const html = readFileSync(join(dist, lang, slug, 'index.html'), 'utf8');
				expect(html, `${lang}/${slug}`).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`);
				expect(html, `${lang}/${slug}`).not.toContain('notice-untranslated');
				expect(html, `${lang}/${slug}`).toContain('class="notice notice-machine"');
				expect(html, `${lang}/${slug}`).not.toContain('<div class="body" lang="en"');
			}
		}
		for (const lang of ['tr', 'ru']) expect(readFileSync(join(dist, lang, 'ice-encounters/index.html'), 'utf8'), lang).not.toContain('notice-untranslated');
	});

	test('every home page lists the helplines in its own language, with the reminder to check them', () => {
		for (const language of model!.site.languages) {
			const html = readFileSync(join(dist, language.code, 'index.html'), 'utf8').replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
			expect(html, language.code).toContain(`<p>${model!.ui[language.code].helplinesCheck}</p>`);
			for (const helpline of model!.site.helplines) expect(html, `${language.code} ${helpline.region}`).toContain(`<span>${model!.ui[language.code][helpline.region]}</span>`);
		}
	});

	test('ships the sample translations: Spanish, Arabic and Chinese for at least two guides each', () => {
		for (const lang of ['es', 'ar', 'zh']) {
			expect(model!.guides.filter((g) => g.lang === lang).length, lang).toBeGreaterThanOrEqual(2);
		}
	});
});
