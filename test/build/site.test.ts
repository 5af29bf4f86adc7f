import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { listFilesUnder, readPage } from '../support/dist.ts';
import { htmlErrors } from '../support/html.ts';

let dist: string;
let files: string[];
let pages: string[];
beforeAll(() => {
	dist = inject('fixtureDist');
	files = listFilesUnder(dist);
	pages = files.filter((f) => f.endsWith('.html'));
});
const page = (path: string) => readPage(dist, path);
const langs = ['en', 'es', 'ar', 'zh', 'so', 'prs'];
const slugs = ['lighthouse', 'harbour', 'orchard'];

describe('routes', () => {
	test('the build leaves no working files behind, in the site or beside it', () => {
		expect(files.filter((f) => f.endsWith('.partial') || f.endsWith('.plan.json'))).toEqual([]);
		expect(readdirSync(join(dist, '..')).filter((name) => name !== 'dist' && name.startsWith('dist'))).toEqual([]);
	});
	test('every declared language has a home and every English guide, plus the chooser and a 404', () => {
		const expected = [
			'index.html',
			'404.html',
			'translations/index.html',
			...slugs.map((s) => `go/${s}/index.html`),
			...langs.flatMap((l) => [`${l}/index.html`, `${l}/handbook.html`, `${l}/downloads/index.html`, `${l}/changes/index.html`, `${l}/cards/index.html`, ...slugs.flatMap((s) => [`${l}/${s}/index.html`, `${l}/${s}/card/index.html`])]),
		];
		expect(pages.filter((p) => !p.includes('/s/')).sort()).toEqual(expected.sort());
		expect(pages.filter((p) => p.includes('/s/')).length).toBe(langs.length * slugs.length);
	});

	test('the chooser names each language in its own language, without JavaScript', () => {
		const html = page('index.html');
		expect(html).toMatch(/<li lang="ar" dir="rtl">\s*<a href="ar\/" hreflang="ar">العربية<\/a>\s*<span>اختر لغتك<\/span>\s*<\/li>/);
		expect(html).toContain('<a href="zh/" hreflang="zh">中文</a>');
	});

	test('the 404 page links home from wherever a host serves it', () => {
		expect(page('404.html')).toMatch(/<a href="\/es\/" hreflang="es">Español<\/a>/);
	});
});

describe('a language added with content only (site.yml and ui.yml)', () => {
	test('gets every guide as an English fallback, with its own notice and direction', () => {
		for (const slug of slugs) {
			const dari = page(`prs/${slug}/index.html`);
			expect(dari).toContain('<html lang="prs" dir="rtl">');
			expect(dari).toContain('این رهنما هنوز به دری در دسترس نیست.');
			expect(dari).toContain('<div class="body" lang="en" dir="ltr">');
			expect(dari).toContain('همین حالا از این سایت خارج شوید');
			const somali = page(`so/${slug}/index.html`);
			expect(somali).toContain('<html lang="so" dir="ltr">');
			expect(somali).toContain('Hagahan weli laguma heli karo Soomaali.');
		}
	});

	test('appears in the chooser and in every language switcher', () => {
		expect(page('index.html')).toMatch(/<li lang="prs" dir="rtl">\s*<a href="prs\/" hreflang="prs">دری<\/a>/);
		expect(page('en/lighthouse/index.html')).toContain('href="../../prs/lighthouse/" lang="prs" hreflang="prs"');
	});
});

describe('language home pages', () => {
	test('start with the most urgent guides, then the checklist, then every guide', () => {
		const html = page('es/index.html');
		const start = html.indexOf('id="start-here"');
		const checklist = html.indexOf('id="checklist"');
		const all = html.indexOf('id="all-guides"');
		expect(start).toBeGreaterThan(0);
		expect(checklist).toBeGreaterThan(start);
		expect(all).toBeGreaterThan(checklist);
		expect(html.slice(start, checklist)).toMatch(/<a href="harbour\/">El capitán del puerto<\/a>/);
		expect(html.slice(start, checklist)).not.toContain('lighthouse/');
		expect(html.slice(all)).toMatch(/lighthouse\/[\s\S]*harbour\/[\s\S]*orchard\//);
	});

	test('mark an untranslated title, and an English checklist, as English', () => {
		const html = page('es/index.html');
		expect(html).toContain('<a href="orchard/" lang="en" dir="ltr">Apple orchards</a>');
		expect(html).toMatch(/<ul lang="en" dir="ltr"><li>Set a passcode of 6 digits or more\.<\/li>/);
		expect(page('en/index.html')).toMatch(/<section class="checklist" aria-labelledby="checklist">\s*<h2 id="checklist">Before a journey, check your phone<\/h2>\s*<ul><li>/);
	});

	test('list the helplines with a reminder to check them, and what each is for in the reader’s language', () => {
		const helplines = (lang: string) => page(`${lang}/index.html`).split('id="guide-helplines"')[1];
		expect(helplines('en')).toMatch(/^>Where to get help<\/h2>\s*<p>Check each one before you rely on it\./);
		expect(helplines('en')).toContain('<span>Worldwide, free guides to protect your phone and messages</span>');
		expect(helplines('es')).toContain('<p>Comprueba cada una antes de confiar en ella.</p>');
		expect(helplines('es')).toContain('<span>En todo el mundo, guías gratuitas</span>');
		// Not yet translated: shown in English, and marked so.
		expect(helplines('ar')).toContain('<span lang="en" dir="ltr">Worldwide, free guides to protect your phone and messages</span>');
	});
});

describe('guide pages', () => {
	test('show title, in short, table of contents, body, sources, reviewed date and jurisdiction', () => {
		const html = page('en/lighthouse/index.html');
		expect(html).toContain('<h1>Lighthouse keepers and their lamps</h1>');
		expect(html).toMatch(/<h2 id="guide-in-short">In short<\/h2>\s*<ul data-pagefind-weight="3"><li>Lighthouses warn ships at night\.<\/li>/);
		expect(html).toMatch(/<h2 id="guide-toc">On this page<\/h2>\s*<ol><li><a href="#how-the-lamp-works">How the lamp works<\/a>/);
		expect(html).toContain('<h2 id="how-the-lamp-works">How the lamp works</h2>');
		expect(html).toMatch(/<a href="https:\/\/books\.example\/lighthouse" rel="noopener noreferrer">The lighthouse book: a history<\/a>\. Example Press, <time datetime="2020-05">May 2020<\/time>/);
		expect(html).toContain('Facts checked on: November 1, 2026');
		expect(html).toContain('Law described: Nowhere, fixture law');
	});

	test('render a GitHub-flavoured Markdown table from .mdx', () => {
		expect(page('en/lighthouse/index.html')).toMatch(/<table>\s*<thead>\s*<tr>\s*<th>Tower<\/th>/);
		expect(page('zh/lighthouse/index.html')).toMatch(/<th>塔<\/th>/);
	});

	test('render the components with labels in the reader’s language', () => {
		const html = page('es/lighthouse/index.html');
		expect(html).toMatch(/<aside class="callout callout-warning" role="note">\s*<p class="callout-label">Warning<\/p>\s*<p>Nunca mires/);
		expect(html).toMatch(/<section class="platform" data-platform="android">\s*<p class="platform-label"><bdi>Android<\/bdi><\/p>\s*<div class="steps"><ol>/);
		expect(page('ar/lighthouse/index.html')).toContain('<p class="callout-label">Warning</p>');
	});

	test('a missing translation shows the English text, marked English, under a notice in the reader’s language', () => {
		const html = page('es/orchard/index.html');
		expect(html).toContain('<html lang="es" dir="ltr">');
		expect(html).toContain('Esta guía todavía no está disponible en Español. Abajo está la versión en inglés.');
		expect(html).toContain('<h1 lang="en" dir="ltr">Apple orchards</h1>');
		expect(html).toMatch(/<div class="body" lang="en" dir="ltr">\s*<h2 id="blossoms">Blossoms<\/h2>/);
		const arabic = page('ar/orchard/index.html');
		expect(arabic).toContain('<html lang="ar" dir="rtl">');
		expect(arabic).toContain('هذا الدليل غير متوفر بعد باللغة العربية');
		expect(arabic).toContain('<div class="body" lang="en" dir="ltr">');
	});

	test('an outdated machine translation carries both notices; a current reviewed one carries none', () => {
		const outdated = page('es/harbour/index.html');
		expect(outdated).toContain('La guía en inglés cambió después de esta traducción.');
		expect(outdated).toMatch(/<a href="\.\.\/\.\.\/en\/harbour\/" hreflang="en" lang="en">Read the current English guide<\/a>/);
		expect(outdated).toContain('Esta traducción fue hecha por una computadora');
		expect(page('es/lighthouse/index.html')).not.toContain('class="notice');
		expect(page('ar/lighthouse/index.html')).toContain('تمت هذه الترجمة بواسطة الحاسوب');
		expect(page('ar/lighthouse/index.html')).not.toContain('notice-outdated');
	});

	test('a guide whose facts were checked more than a year before the build says so, in every language', () => {
		// Test builds are built for 2027-09-15 (test/support/run.ts); the orchard was checked on 2026-09-01.
		expect(page('en/orchard/index.html')).toMatch(/<div class="notice notice-stale" role="note" data-pagefind-ignore>\s*<p>The facts in this guide were last checked more than a year ago\./);
		expect(page('ar/orchard/index.html')).toContain('class="notice notice-stale"');
		expect(page('en/handbook.html')).toContain('class="notice notice-stale"');
		for (const lang of langs) expect(page(`${lang}/lighthouse/index.html`), lang).not.toContain('notice-stale');
		expect(page('en/harbour/index.html')).not.toContain('notice-stale');
	});

	test('the language switcher leads to the same guide in every other language', () => {
		const html = page('ar/lighthouse/index.html');
		for (const lang of ['en', 'es', 'zh', 'so']) expect(html).toContain(`href="../../${lang}/lighthouse/" lang="${lang}" hreflang="${lang}"`);
		expect(html).toMatch(/<span lang="ar" dir="auto" aria-current="page">/);
	});

	test('links between guides stay relative, so the site works in any folder', () => {
		expect(page('es/lighthouse/index.html')).toContain('<a href="../harbour/">el puerto</a>');
	});
});

describe('every page', () => {
	test('is valid HTML (html-validate, recommended rules)', async () => {
		for (const path of pages) expect(await htmlErrors(join(dist, path)), path).toEqual([]);
	});

	test('declares its language and direction', () => {
		for (const path of pages) {
			const lang = path.split('/')[0];
			const expected = langs.includes(lang) ? lang : 'en';
			expect(page(path), path).toContain(`<html lang="${expected}" dir="${['ar', 'prs'].includes(expected) ? 'rtl' : 'ltr'}">`);
		}
	});

	test('sends no referrer, has a quick exit, and marks every external link noopener noreferrer', () => {
		for (const path of pages) {
			const html = page(path);
			expect(html, path).toContain('<meta name="referrer" content="no-referrer">');
			expect(html, path).toContain('<a id="quick-exit" href="https://neutral.example/weather" rel="noopener noreferrer">');
			for (const [tag] of html.matchAll(/<a\b[^>]*href="(?:https?:)?\/\/[^"]*"[^>]*>/g)) {
				expect(tag, path).toMatch(/rel="noopener noreferrer"/);
			}
		}
	});

	test('loads nothing from another origin: no external src, stylesheet, script, font or CSS url()', () => {
		const textFiles = files.filter((f) => /\.(html|css|js|json|webmanifest|svg)$/.test(f));
		for (const path of textFiles) {
			const text = readPage(dist, path);
			expect(text.match(/\b(?:src|srcset|poster|data|action|formaction)\s*=\s*["']?\s*(?:https?:)?\/\//gi), path).toBeNull();
			expect(text.match(/<link\b(?![^>]*rel="(?:canonical|alternate)")[^>]*href="(?:https?:)?\/\/[^>]*>/gi), path).toBeNull();
			expect(text.match(/url\(\s*["']?(?:https?:)?\/\//gi), path).toBeNull();
			expect(text.match(/@import\s+(?:url\()?["']?(?:https?:)?\/\//gi), path).toBeNull();
			expect(text.match(/import\(\s*["'`](?:https?:)?\/\//gi), path).toBeNull();
		}
	});

	test('has the same Content-Security-Policy in its <meta> tag and in _headers, where frame-ancestors is added', () => {
		const headers = new Map(
			readPage(dist, '_headers')
				.split('\n\n')
				.map((block) => block.trim().split('\n'))
				.map(([url, ...lines]) => [url, lines.map((line) => line.trim())]),
		);
		expect(headers.get('/*')).toEqual(expect.arrayContaining(['Referrer-Policy: no-referrer', 'X-Content-Type-Options: nosniff']));
		for (const path of pages) {
			const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page(path))?.[1];
			expect(meta, path).toMatch(/script-src 'self'/);
			expect(headers.get(`/${path.replace(/(^|\/)index\.html$/, '$1')}`), path).toEqual([`Content-Security-Policy: ${meta}; frame-ancestors 'none'`]);
		}
	});

	test('sets no cookies and keeps CSS inside the page', () => {
		for (const path of files.filter((f) => /\.(html|js)$/.test(f))) expect(readPage(dist, path), path).not.toMatch(/document\.cookie|cookieStore/);
		for (const path of pages) {
			expect(page(path), path).not.toMatch(/<link[^>]+rel="stylesheet"/);
			expect(page(path), path).toMatch(/@media print\{/);
		}
	});

	test('first view of every guide page is at most 14 KiB gzip (HTML plus every file it loads at once)', () => {
		const budget = 14 * 1024;
		for (const path of pages.filter((p) => /^[a-z]+\/[a-z-]+\/index\.html$/.test(p))) {
			const html = page(path);
			const linked = [...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
			const bytes = [html, ...linked.map((href) => readFileSync(join(dist, path, '..', href)))].reduce((sum, body) => sum + gzipSync(body).length, 0);
			expect(bytes, `${path}: ${bytes} bytes`).toBeLessThanOrEqual(budget);
		}
	});
});

describe('search index', () => {
	test('has one index per language that has translated text, and none for English fallback pages', () => {
		const entry = JSON.parse(readPage(dist, 'pagefind/pagefind-entry.json'));
		expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, v]) => [lang, (v as { page_count: number }).page_count]))).toEqual({ en: 3, es: 2, ar: 1, zh: 1 });
	});

	test('is only loaded on demand: no page references Pagefind except through the search box', () => {
		for (const path of pages) {
			const html = page(path);
			expect(html.match(/<script[^>]+src=/), path).toBeNull();
			if (html.includes('pagefind.js')) expect(html, path).toMatch(/data-bundle="\.\.\/pagefind\/pagefind\.js"/);
		}
		expect(page('so/index.html')).not.toContain('id="search"');
		expect(page('es/index.html')).toContain('id="search"');
	});

	test('is written to the site and not left anywhere else', () => {
		expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
		expect(statSync(join(dist, '..')).isDirectory()).toBe(true);
		expect(existsSync(`${dist}.building`)).toBe(false);
	});
});
