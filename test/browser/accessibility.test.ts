import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/server.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
	({ origin, server } = await serveStatic(inject('fixtureDist')));
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	server?.close();
});

const kinds = ['/', '/translations/', '/no/such/page/'];
for (const lang of ['en', 'ar']) kinds.push(`/${lang}/`, `/${lang}/lighthouse/`, `/${lang}/orchard/`, `/${lang}/handbook.html`, `/${lang}/downloads/`);
kinds.push('/es/orchard/');

describe('axe-core', () => {
	test.each(kinds)('%s has no serious or critical violation', async (path) => {
		// The checker is injected, so the page's own policy must let it run.
		const context = await browser.newContext({ bypassCSP: true });
		const page = await context.newPage();
		await page.goto(`${origin}${path}`);
		await page.evaluate(axeSource);
		const violations = await page.evaluate(async () => {
			const result = await (window as unknown as { axe: { run: (d: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document);
			return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		});
		expect(violations).toEqual([]);
		await context.close();
	});
});

describe('keyboard', () => {
	let page: Page;
	beforeAll(async () => {
		const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
		await context.route('https://neutral.example/**', (route) => route.fulfill({ body: 'ok', contentType: 'text/html' }));
		page = await context.newPage();
	});

	const focused = () => page.evaluate(() => ({ id: document.activeElement?.id, cls: document.activeElement?.className, outline: getComputedStyle(document.activeElement!).outlineStyle }));

	test('the first Tab shows a skip link that jumps to the content', async () => {
		await page.goto(`${origin}/en/lighthouse/`);
		await page.keyboard.press('Tab');
		expect((await focused()).cls).toBe('skip');
		const box = (await page.locator('.skip').boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => location.hash)).toBe('#main');
	});

	test('quick exit and search are reachable with Tab, and focus is visible', async () => {
		await page.goto(`${origin}/en/`);
		const reached: string[] = [];
		for (let i = 0; i < 12; i++) {
			await page.keyboard.press('Tab');
			const now = await focused();
			if (now.id) reached.push(now.id);
			if (now.id === 'quick-exit' || now.id === 'search-input') expect(now.outline, now.id).not.toBe('none');
		}
		expect(reached).toContain('quick-exit');
		expect(reached).toContain('search-input');
		await page.focus('#search-input');
		await page.keyboard.type('marmalade');
		await page.keyboard.press('Enter');
		await page.waitForSelector('#search-results a');
		await page.focus('#quick-exit');
		await page.keyboard.press('Enter');
		await page.waitForURL('https://neutral.example/weather');
	});

	test('reduced motion: nothing moves', async () => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(`${origin}/en/lighthouse/`);
		const moving = await page.evaluate(() =>
			[...document.querySelectorAll('*')].filter((el) => {
				const style = getComputedStyle(el);
				return parseFloat(style.transitionDuration) > 0 || parseFloat(style.animationDuration) > 0 || style.scrollBehavior === 'smooth';
			}).length,
		);
		expect(moving).toBe(0);
	});
});

describe('small screens and large text', () => {
	// 200% text zoom on a 360 px phone lays the page out in 180 CSS pixels.
	test.each([360, 180])('at %i CSS px wide, no page scrolls sideways', async (width) => {
		const context = await browser.newContext({ viewport: { width, height: 740 } });
		const page = await context.newPage();
		for (const path of [...kinds, '/zh/lighthouse/', '/go/harbour/']) {
			await page.goto(`${origin}${path}`);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
		await context.close();
	});
});
