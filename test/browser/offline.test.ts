import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/server.ts';

/* "Keep this guide on my phone", then airplane mode. */
let browser: Browser;
let server: Server;
let origin: string;
let context: BrowserContext;
let page: Page;
let site: string;
const elsewhere: string[] = [];

beforeAll(async () => {
	// A private copy of the site: one test publishes a new version of it.
	site = mkdtempSync(join(tmpdir(), 'resguardo-offline-'));
	cpSync(inject('fixtureDist'), site, { recursive: true });
	({ origin, server } = await serveStatic(site));
	browser = await launchBrowser();
	context = await browser.newContext();
	context.on('request', (request) => {
		if (!request.url().startsWith(`${origin}/`)) elsewhere.push(request.url());
	});
	page = await context.newPage();
});

afterAll(async () => {
	await browser?.close();
	server?.close();
	rmSync(site, { recursive: true, force: true });
});

const cacheNames = () => page.evaluate(() => caches.keys());

test('nothing is stored, and no worker registered, until the reader asks', async () => {
	await page.goto(`${origin}/es/`);
	expect(await page.isVisible('#keep-save')).toBe(true);
	expect(await cacheNames()).toEqual([]);
	expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
});

test('after "keep", guides and search work in airplane mode', async () => {
	await page.click('#keep-save');
	await page.waitForFunction(() => /Saved|Guard/.test(document.getElementById('keep-status')!.textContent!), null, { timeout: 20_000 });
	expect(await cacheNames()).toEqual(['resguardo-es']);
	await context.setOffline(true);
	await page.goto(`${origin}/es/lighthouse/`);
	expect(await page.isVisible('text=Nunca mires directamente a la lámpara.')).toBe(true);
	await page.reload();
	expect(await page.textContent('h1')).toBe('Los fareros y sus lámparas');
	await page.goto(`${origin}/es/`);
	await page.fill('#search-input', 'mermelada');
	await page.press('#search-input', 'Enter');
	await page.waitForSelector('#search-results a');
	expect(await page.$eval('#search-results a', (a) => new URL((a as HTMLAnchorElement).href).pathname)).toBe('/es/harbour/');
	await context.setOffline(false);
});

test('a new content version is picked up on the next visit online', async () => {
	const guide = join(site, 'es/lighthouse/index.html');
	writeFileSync(guide, readFileSync(guide, 'utf8').replace('Nunca mires directamente a la lámpara.', 'Nunca mires la lámpara (nueva versión).'));
	const list = JSON.parse(readFileSync(join(site, 'es/offline.json'), 'utf8'));
	writeFileSync(join(site, 'es/offline.json'), JSON.stringify({ ...list, version: `${list.version}-new` }));
	await page.goto(`${origin}/es/`);
	// The worker stores the new version in the background after an online visit;
	// it records the version last, once every file is stored. The check is
	// polled from here: waitForFunction would take the async check's promise
	// for a "yes" and stop waiting at once.
	const stored = () =>
		page.evaluate(async () => {
			const cache = await caches.open('resguardo-es');
			const list = await cache.match(new URL('offline.json', location.href).href);
			const guide = await cache.match(new URL('lighthouse/', location.href).href);
			return { version: list && (await list.json()).version, guide: Boolean(guide && (await guide.text()).includes('nueva versión')) };
		});
	await expect.poll(stored, { timeout: 20_000, interval: 250 }).toEqual({ version: `${list.version}-new`, guide: true });
	await context.setOffline(true);
	await page.goto(`${origin}/es/lighthouse/`);
	await page.waitForSelector('text=Nunca mires la lámpara (nueva versión).', { timeout: 5_000 });
	await context.setOffline(false);
});

test('"remove" empties the stored copy and unregisters the worker', async () => {
	await page.goto(`${origin}/es/`);
	await page.click('#keep-remove');
	await page.waitForFunction(() => document.getElementById('keep-status')!.textContent!.length > 0);
	expect(await cacheNames()).toEqual([]);
	expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
});

test('the worker never touched another origin', () => {
	expect(elsewhere).toEqual([]);
});
