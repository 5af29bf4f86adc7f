import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { decodeQrSvg } from '../support/qr.ts';
import { serveStatic } from '../support/server.ts';

let browser: Browser;
let server: Server;
let origin: string;
let context: BrowserContext;
/** Every URL any page asked for, across the whole file. */
const requested: string[] = [];

beforeAll(async () => {
	({ origin, server } = await serveStatic(inject('fixtureDist')));
	browser = await launchBrowser();
	context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	context.on('request', (request) => requested.push(request.url()));
	// The quick-exit destination is another site; answer for it here so nothing leaves the machine.
	await context.route('https://neutral.example/**', (route) => route.fulfill({ body: '<title>Weather</title><p>Sunny</p>', contentType: 'text/html' }));
});

afterAll(async () => {
	await browser?.close();
	server?.close();
});

/** Pixels of a QR code SVG made of "M x y h w v 1 H x z" runs, scaled to `size`. */
async function search(page: Page, lang: string, query: string): Promise<string[]> {
	await page.goto(`${origin}/${lang}/`);
	await page.fill('#search-input', query);
	await page.press('#search-input', 'Enter');
	await page.waitForFunction(() => document.getElementById('search-status')?.textContent && !/…/.test(document.getElementById('search-status')!.textContent!));
	return page.$$eval('#search-results a', (links) => links.map((a) => (a as HTMLAnchorElement).href));
}

describe('search', () => {
	test.each([
		['en', 'marmalade', '/en/harbour/'],
		['es', 'mermelada', '/es/harbour/'],
		['ar', 'المنارات', '/ar/lighthouse/'],
		['zh', '灯塔看守人', '/zh/lighthouse/'],
		// A whole question: no page has every word, so pages matching some of them are offered.
		['en', 'where do they keep the marmalade ledger', '/en/harbour/'],
		// Words only in a guide's searchTerms, as readers type them.
		['es', 'embarcadero', '/es/harbour/'],
		['ar', 'فنار', '/ar/lighthouse/'],
	])('in %s, "%s" finds %s', async (lang, query, path) => {
		const page = await context.newPage();
		const results = await search(page, lang, query);
		expect(results[0]).toBe(`${origin}${path}`);
		await page.click('#search-results a');
		await page.waitForURL(`${origin}${path}`);
		await page.close();
	});

	test('English text shown as a fallback does not appear in another language’s results', async () => {
		const page = await context.newPage();
		expect(await search(page, 'en', 'cider')).toEqual([`${origin}/en/orchard/`]);
		expect(await search(page, 'es', 'cider')).toEqual([]);
		expect(await page.textContent('#search-status')).toContain('cider');
		await page.close();
	});

	test('downloads no search code until the reader focuses the search box', async () => {
		// A fresh context, so nothing comes from an earlier test's cache.
		const fresh = await browser.newContext();
		const page = await fresh.newPage();
		const mine: string[] = [];
		page.on('request', (request) => mine.push(request.url()));
		await page.goto(`${origin}/es/`, { waitUntil: 'networkidle' });
		expect(await page.isVisible('#search-input')).toBe(true);
		expect(mine.filter((url) => url.includes('/pagefind/'))).toEqual([]);
		const loaded = page.waitForRequest((request) => request.url().endsWith('/pagefind/pagefind.js'));
		await page.focus('#search-input');
		await loaded;
		expect(mine.every((url) => url.startsWith(`${origin}/`))).toBe(true);
		await fresh.close();
	});
});

describe('reading', () => {
	test('the fallback notice is visible above the English text', async () => {
		const page = await context.newPage();
		await page.goto(`${origin}/so/lighthouse/`);
		const notice = page.locator('.notice-untranslated');
		expect(await notice.isVisible()).toBe(true);
		expect(await notice.textContent()).toContain('Soomaali');
		const noticeBox = (await notice.boundingBox())!;
		const titleBox = (await page.locator('h1').boundingBox())!;
		expect(noticeBox.y).toBeLessThan(titleBox.y);
		await page.close();
	});

	test('an Arabic page is laid out right to left, with addresses kept left to right', async () => {
		const page = await context.newPage();
		await page.goto(`${origin}/ar/lighthouse/`);
		expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
		// Mirrored layout: the site name sits on the right and the exit button on the left.
		const brand = (await page.locator('.brand').boundingBox())!;
		const exit = (await page.locator('#quick-exit').boundingBox())!;
		expect(brand.x).toBeGreaterThan(exit.x);
		// List bullets and text start from the right edge.
		const item = (await page.locator('.guide-in-short li').first().boundingBox())!;
		expect(item.x + item.width).toBeGreaterThan(300);
		expect(await page.evaluate(() => getComputedStyle(document.querySelector('.body code')!).direction)).toBe('ltr');
		expect(await page.evaluate(() => getComputedStyle(document.querySelector('.guide-sources .ltr')!).direction)).toBe('ltr');
		// Nothing is wider than the phone screen.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		await page.close();
	});

	test('a guide is fully readable with JavaScript off, and search is not offered there', async () => {
		const noScript = await browser.newContext({ javaScriptEnabled: false });
		noScript.on('request', (request) => requested.push(request.url()));
		const page = await noScript.newPage();
		await page.goto(`${origin}/en/lighthouse/`);
		expect(await page.isVisible('text=Never look straight into the lamp.')).toBe(true);
		await page.goto(`${origin}/en/`);
		expect(await page.isVisible('#search-input')).toBe(false);
		expect(await page.isVisible('a[href="lighthouse/"]')).toBe(true);
		await noScript.close();
	});
});

describe('translation status page', () => {
	test('shows each language’s state for each guide, linking to the page', async () => {
		const page = await context.newPage();
		await page.goto(`${origin}/translations/`);
		const states = await page.$$eval('table.status tbody tr', (rows) =>
			rows.map((row) => [row.querySelector('th a')!.textContent, ...[...row.querySelectorAll('td')].map((td) => td.textContent!.trim())]),
		);
		// Columns: es, ar, zh, so, prs.
		expect(states).toEqual([
			['lighthouse', 'done', 'machine', 'machine', 'missing', 'missing'],
			['harbour', 'outdated', 'missing', 'missing', 'missing', 'missing'],
			['orchard', 'missing', 'missing', 'missing', 'missing', 'missing'],
		]);
		expect(await page.textContent('#status-es + p')).toBe('1 done, 0 machine, 1 outdated, 1 missing.');
		await page.click('table.status tbody tr:nth-child(2) td:first-of-type a');
		await page.waitForURL(`${origin}/es/harbour/`);
		await page.close();
	});
});

describe('sharing', () => {
	test('/go/<guide>/ opens the guide in the browser’s language', async () => {
		const mexico = await browser.newContext({ locale: 'es-MX' });
		const page = await mexico.newPage();
		await page.goto(`${origin}/go/harbour/`);
		await page.waitForURL(`${origin}/es/harbour/`);
		await mexico.close();
		const arabic = await browser.newContext({ locale: 'ar-EG' });
		const arPage = await arabic.newPage();
		await arPage.goto(`${origin}/go/lighthouse/`);
		await arPage.waitForURL(`${origin}/ar/lighthouse/`);
		await arabic.close();
	});

	test('/go/<guide>/ lists every language when JavaScript is off', async () => {
		const noScript = await browser.newContext({ locale: 'es-MX', javaScriptEnabled: false });
		const page = await noScript.newPage();
		await page.goto(`${origin}/go/harbour/`);
		expect(page.url()).toBe(`${origin}/go/harbour/`);
		expect(await page.$$eval('.chooser a', (links) => links.map((a) => a.getAttribute('hreflang')))).toEqual(['en', 'es', 'ar', 'zh', 'so', 'prs']);
		await noScript.close();
	});

	test('the QR code scans to the guide’s address', async () => {
		const page = await context.newPage();
		await page.goto(`${origin}/es/harbour/`);
		await page.click('.share-qr summary');
		// Read the page's own QR code as a phone camera would: its dark squares, as pixels.
		const svg = await page.$eval('.share-qr svg', (node) => node.outerHTML);
		expect(decodeQrSvg(svg)).toBe('https://guide.example/es/harbour/');
		await page.close();
	});

	test('the copy button puts the address on the clipboard', async () => {
		const clip = await browser.newContext();
		await clip.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
		const page = await clip.newPage();
		await page.goto(`${origin}/en/lighthouse/`);
		await page.click('#share-copy');
		await page.waitForFunction(() => document.getElementById('share-status')!.textContent!.length > 0);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://guide.example/en/lighthouse/');
		await clip.close();
	});
});

describe('print', () => {
	test('a printed guide has no navigation, and shows where each outside link goes', async () => {
		const page = await context.newPage();
		await page.goto(`${origin}/en/lighthouse/`);
		await page.emulateMedia({ media: 'print' });
		for (const selector of ['header.top', '#quick-exit', '.languages']) expect(await page.isVisible(selector), selector).toBe(false);
		expect(await page.isVisible('text=Never look straight into the lamp.')).toBe(true);
		const after = await page.evaluate(() => getComputedStyle(document.querySelector('.body a[href^="https"]')!, '::after').content);
		expect(after).toBe('" (https://museum.example/lighthouse)"');
		// The reviewed date, and a QR code to the live page.
		expect(await page.isVisible('text=Facts checked on: November 1, 2026')).toBe(true);
		await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
		expect(await page.isVisible('.share-qr svg')).toBe(true);
		expect(await page.isVisible('#share-copy')).toBe(false);
		await page.close();
	});
});

describe('quick exit', () => {
	test('leaves for the neutral site, and Back does not return to the guide', async () => {
		const page = await context.newPage();
		await page.goto(`${origin}/en/`);
		await page.click('a[href="lighthouse/"]');
		await page.waitForURL(`${origin}/en/lighthouse/`);
		await page.click('#quick-exit');
		await page.waitForURL('https://neutral.example/weather');
		await page.goBack();
		expect(page.url()).toBe(`${origin}/en/`);
		await page.close();
	});

	test('pressing Esc twice leaves too', async () => {
		const page = await context.newPage();
		await page.goto(`${origin}/en/`);
		await page.goto(`${origin}/es/harbour/`);
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await page.waitForURL('https://neutral.example/weather');
		await page.goBack();
		expect(page.url()).toBe(`${origin}/en/`);
		await page.close();
	});

	test('works without JavaScript as a plain link', async () => {
		const noScript = await browser.newContext({ javaScriptEnabled: false });
		await noScript.route('https://neutral.example/**', (route) => route.fulfill({ body: 'ok', contentType: 'text/html' }));
		const page = await noScript.newPage();
		await page.goto(`${origin}/ar/`);
		await page.click('#quick-exit');
		await page.waitForURL('https://neutral.example/weather');
		await noScript.close();
	});
});

describe('privacy', () => {
	test('no page made a request to another origin (other than the quick exit the reader chose)', () => {
		const elsewhere = requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('https://neutral.example/'));
		expect(requested.length).toBeGreaterThan(20);
		expect(elsewhere).toEqual([]);
	});

	test('no cookie was set', async () => {
		expect(await context.cookies()).toEqual([]);
	});
});
