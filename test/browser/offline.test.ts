import type { Server } from 'node:http';
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
const elsewhere: string[] = [];

beforeAll(async () => {
	({ origin, server } = await serveStatic(inject('fixtureDist')));
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
