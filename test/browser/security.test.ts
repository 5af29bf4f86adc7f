import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { discreetPath } from '../../src/site/share.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/server.ts';

/*
 * Every kind of page, in a left-to-right and a right-to-left language, with
 * search used: the Content-Security-Policy never has to block anything the
 * site does, and no request leaves the site.
 */
let browser: Browser;
let server: Server;
let origin: string;
let context: BrowserContext;
const refused: string[] = [];
const offsite: string[] = [];

beforeAll(async () => {
	({ origin, server } = await serveStatic(inject('fixtureDist')));
	browser = await launchBrowser();
	context = await browser.newContext();
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
		});
	});
	context.on('console', (message) => {
		if (/Content Security Policy|CSP violation/.test(message.text())) refused.push(`${message.location().url}: ${message.text()}`);
	});
	context.on('request', (request) => {
		if (!request.url().startsWith(`${origin}/`)) offsite.push(request.url());
	});
});

afterAll(async () => {
	await browser?.close();
	server?.close();
});

async function visit(path: string, use?: (page: Page) => Promise<void>) {
	const page = await context.newPage();
	await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
	if (use) await use(page);
	await page.waitForTimeout(100);
	await page.close();
}

const search = (query: string) => async (page: Page) => {
	await page.fill('#search-input', query);
	await page.press('#search-input', 'Enter');
	await page.waitForSelector('#search-results a');
};

test.each([
	['/', undefined],
	['/en/', search('marmalade')],
	['/ar/', search('المنارات')],
	['/en/lighthouse/', undefined],
	['/ar/lighthouse/', undefined],
	['/ar/orchard/', undefined],
	['/es/orchard/', undefined],
	['/en/handbook.html', async (page: Page) => { await page.fill('#hb-input', 'lamp'); await page.press('#hb-input', 'Enter'); await page.waitForSelector('#hb-results a'); }],
	['/ar/handbook.html', undefined],
	['/en/downloads/', undefined],
	['/ar/downloads/', undefined],
	['/translations/', undefined],
	['/ar/lighthouse/card/', undefined],
	['/en/cards/', undefined],
	['/es/changes/', undefined],
	['/no/such/page/', undefined],
	['/go/harbour/', undefined],
	[discreetPath('ar', 'harbour'), undefined],
])('%s runs without any policy violation', async (path, use) => {
	await visit(path, use as ((page: Page) => Promise<void>) | undefined);
	expect(refused).toEqual([]);
});

test('keeping and removing the offline copy runs without any policy violation', async () => {
	await visit('/es/', async (page) => {
		await page.click('#keep-save');
		await page.waitForFunction(() => document.getElementById('keep-status')!.textContent!.length > 1 && !document.getElementById('keep-status')!.textContent!.endsWith('…'), null, { timeout: 20_000 });
		await page.click('#keep-remove');
	});
	expect(refused).toEqual([]);
});

test('no request left the site', () => {
	expect(offsite).toEqual([]);
});
