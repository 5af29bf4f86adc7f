import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';

/*
 * The handbook as a reader gets it: a file forwarded on WhatsApp, opened from
 * the phone's storage (file://) in airplane mode.
 */
let browser: Browser;
let context: BrowserContext;
const requested: string[] = [];

beforeAll(async () => {
	browser = await launchBrowser();
	context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	await context.setOffline(true);
	context.on('request', (request) => requested.push(request.url()));
});

afterAll(async () => {
	await browser?.close();
});

test.each([
	['en', 'marmalade ledger', 'harbour'],
	['es', 'mermelada', 'harbour'],
	['es', 'lámpara', 'lighthouse'],
	['ar', 'المنارات', 'lighthouse'],
	['ar', 'المصباح', 'lighthouse'],
	['zh', '灯塔看守人', 'lighthouse'],
	['zh', '看守人每天晚上爬上塔楼', 'lighthouse'],
	// A word only in the guide's searchTerms.
	['ar', 'فنار', 'lighthouse'],
	['es', 'pantalan', 'harbour'],
])('offline from file://, the %s handbook finds "%s" in the %s section', async (lang, query, slug) => {
	const page = await context.newPage();
	const url = pathToFileURL(join(inject('fixtureDist'), lang, 'handbook.html')).href;
	await page.goto(url);
	await page.fill('#hb-input', query);
	await page.press('#hb-input', 'Enter');
	await page.waitForFunction(() => document.getElementById('hb-status')!.textContent!.length > 0);
	const first = await page.$eval('#hb-results a', (a) => a.getAttribute('href'));
	expect(first).toBe(`#${slug}`);
	await page.click('#hb-results a');
	expect(await page.evaluate(() => location.hash)).toBe(`#${slug}`);
	expect(await page.isVisible(`section#${slug} h2`)).toBe(true);
	await page.close();
});

test('a query that matches nothing says so', async () => {
	const page = await context.newPage();
	await page.goto(pathToFileURL(join(inject('fixtureDist'), 'en', 'handbook.html')).href);
	await page.fill('#hb-input', 'zebra');
	await page.press('#hb-input', 'Enter');
	await page.waitForFunction(() => document.getElementById('hb-status')!.textContent!.includes('zebra'));
	expect(await page.$$('#hb-results li')).toHaveLength(0);
	await page.close();
});

test('the handbook made no request of any kind beyond its own file', () => {
	expect(requested.length).toBeGreaterThan(0);
	expect(requested.filter((url) => !url.startsWith('file://') || !url.endsWith('/handbook.html'))).toEqual([]);
});
