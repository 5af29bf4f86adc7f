import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { contentVersion } from '../../src/site/handbook.ts';
import { guideRoutes } from '../../src/site/routes.ts';
import { uiFor } from '../../src/site/ui.ts';
import { listFilesUnder, readPage } from '../support/dist.ts';
import { fixtureContent } from '../support/run.ts';

const langs = ['en', 'es', 'ar', 'zh', 'so', 'prs'];
const { model } = loadContent(fixtureContent);
let dist: string;
beforeAll(() => {
	dist = inject('fixtureDist');
});

describe.each(langs)('the %s handbook', (lang) => {
	test('is one file that loads nothing else', () => {
		const html = readPage(dist, `${lang}/handbook.html`);
		expect(html.match(/\s(?:src|srcset|poster)=/g)).toBeNull();
		expect(html.match(/<link\b(?![^>]*rel="(?:canonical|alternate)")[^>]*>/g)).toBeNull();
		expect(html.match(/url\(/g)).toBeNull();
		expect(html).not.toMatch(/import\(|fetch\(|new Worker|type="module"/);
		for (const [, href] of html.matchAll(/<a\b[^>]*href="([^"]*)"/g)) expect(href, href).toMatch(/^(?:#|https:\/\/|mailto:|tel:)/);
	});

	test('has a section for every guide, with the guide’s name as its id, and a table of contents', () => {
		const html = readPage(dist, `${lang}/handbook.html`);
		// One file, so it says it holds every guide (a part of a larger handbook says otherwise).
		expect(html).toContain(`<p>${uiFor(model!.ui, lang).handbookIntro}</p>`);
		for (const slug of ['lighthouse', 'harbour', 'orchard']) {
			expect(html).toContain(`<section class="hb-guide" id="${slug}"`);
			expect(html).toContain(`<a href="#${slug}"`);
		}
		// ids inside guides are prefixed, so none repeats.
		const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
		expect(new Set(ids).size).toBe(ids.length);
	});

	test('states its content version, where it came from, with a QR code to the live copy', () => {
		const html = readPage(dist, `${lang}/handbook.html`);
		const entries = guideRoutes(model!.site.languages, model!.guides).filter((r) => r.lang === lang).map((r) => r.entry);
		expect(html).toContain(contentVersion(entries));
		expect(html).toContain(`href="https://guide.example/${lang}/handbook.html"`);
		expect(html).toMatch(/<svg class="qr"[^>]*aria-label="https:\/\/guide\.example\/[a-z]+\/handbook\.html"/);
	});

	test('is at most 150 KiB gzip', () => {
		expect(gzipSync(readFileSync(join(dist, lang, 'handbook.html'))).length).toBeLessThanOrEqual(150 * 1024);
	});
});

test('fallback sections are marked English, under the notice', () => {
	const html = readPage(dist, 'es/handbook.html');
	const orchard = html.slice(html.indexOf('id="orchard"'));
	expect(orchard).toMatch(/^id="orchard" aria-labelledby="orchard-title">\s*<h2 id="orchard-title" lang="en" dir="ltr">Apple orchards<\/h2>\s*<div class="notice notice-untranslated"/);
	expect(orchard).toMatch(/<div class="body" lang="en" dir="ltr">/);
	// A link to another guide leads to its section in the same file.
	expect(html).toContain('<a href="#harbour">el puerto</a>');
});

test('SHA256SUMS lists every downloadable file with its real checksum', () => {
	const sums = readPage(dist, 'SHA256SUMS').trim().split('\n');
	expect(sums.map((line) => line.split('  ')[1]).sort()).toEqual(langs.map((l) => `${l}/handbook.html`).sort());
	for (const line of sums) {
		const [sha, name] = line.split('  ');
		expect(createHash('sha256').update(readFileSync(join(dist, name))).digest('hex'), name).toBe(sha);
	}
	expect(listFilesUnder(dist).filter((f) => f.endsWith('handbook.html')).length).toBe(langs.length);
});

test('the downloads page gives the handbook’s size and checksum, and how to check it', () => {
	const html = readPage(dist, 'ar/downloads/index.html');
	// One file holds every guide (a handbook in parts says otherwise).
	expect(html).toContain(`<p>${uiFor(model!.ui, 'ar').downloadsIntro}</p>`);
	const sha = createHash('sha256').update(readFileSync(join(dist, 'ar/handbook.html'))).digest('hex');
	expect(html).toContain(`<code class="checksum">${sha}</code>`);
	expect(html).toMatch(/href="\.\.\/handbook\.html" download="handbook\.html">Download the handbook \(\d+ KB\)<\/a>/);
	expect(html).toContain('sha256sum handbook.html');
	expect(html).not.toContain('__HANDBOOK');
});
