import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { decodeQrSvg } from '../support/qr.ts';
import { serveStatic } from '../support/server.ts';
import { testBuildDate } from '../support/run.ts';

/*
 * What travels without the web and without reading: the Listen button, a
 * copy that knows its age, copy as a message, search from every page, pocket
 * cards. On the fixture site, in English and Arabic.
 */
let browser: Browser;
let origin: string;
let server: Server;
let siteOrigin: string;
let siteServer: Server;
const dist = () => inject('fixtureDist');

beforeAll(async () => {
	browser = await launchBrowser();
	({ origin, server } = await serveStatic(dist()));
	({ origin: siteOrigin, server: siteServer } = await serveStatic(inject('siteDist')));
});

afterAll(async () => {
	await browser?.close();
	server?.close();
	siteServer?.close();
});

/** A stand-in for the phone's speech engine: the test chooses its voices and hears what is said. */
function fakeSpeech(voices: { name: string; lang: string; localService: boolean }[]) {
	return `(() => {
		window.__spoken = [];
		const voices = ${JSON.stringify(voices)};
		window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
		const speech = {
			getVoices: () => voices,
			speak: (u) => window.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name }),
			pause: () => window.__spoken.push('pause'),
			resume: () => window.__spoken.push('resume'),
			cancel: () => window.__spoken.push('cancel'),
			addEventListener: () => {},
		};
		Object.defineProperty(window, 'speechSynthesis', { value: speech, configurable: true });
	})();`;
}

async function pageWith(script?: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 }, ...options });
	if (script) await context.addInitScript(script);
	return context.newPage();
}

describe('Listen', () => {
	test.each([
		['en', '/en/lighthouse/', 'en-GB', 'Lighthouse keepers and their lamps'],
		['ar', '/ar/lighthouse/', 'ar-SA', 'حراس المنارات ومصابيحهم'],
		// A guide not yet translated is read in English, the language of its text.
		['en', '/ar/orchard/', 'en-US', 'Apple orchards'],
	])('reads a %s guide aloud with a voice on the phone, title first (%s)', async (lang, path, voiceLang, title) => {
		const page = await pageWith(
			fakeSpeech([
				{ name: 'Network voice', lang: voiceLang, localService: false },
				{ name: 'Phone voice', lang: voiceLang, localService: true },
				{ name: 'Other language', lang: lang === 'ar' ? 'en-US' : 'ar-SA', localService: true },
			]),
		);
		await page.goto(`${origin}${path}`);
		await page.click('[data-listen] #listen-play');
		const spoken = (await page.evaluate('window.__spoken')) as ({ text: string; lang: string; voice: string } | string)[];
		const lines = spoken.filter((item): item is { text: string; lang: string; voice: string } => typeof item === 'object');
		expect(lines[0]).toEqual({ text: title, lang: voiceLang, voice: 'Phone voice' });
		expect(lines.length).toBeGreaterThan(3);
		expect(lines.every((line) => line.voice === 'Phone voice')).toBe(true);
		// Pause, go on, stop.
		await page.click('#listen-pause');
		await page.click('#listen-play');
		await page.click('#listen-stop');
		expect((await page.evaluate('window.__spoken')) as unknown[]).toEqual(expect.arrayContaining(['pause', 'resume', 'cancel']));
		expect(await page.isHidden('#listen-stop')).toBe(true);
		await page.context().close();
	});

	test('stays hidden when the language has only network voices, which would send the text away', async () => {
		const page = await pageWith(fakeSpeech([{ name: 'Network Arabic', lang: 'ar-SA', localService: false }, { name: 'Phone English', lang: 'en-US', localService: true }]));
		await page.goto(`${origin}/ar/lighthouse/`);
		expect(await page.isHidden('[data-listen]')).toBe(true);
		await page.context().close();
	});

	test('stays hidden without JavaScript', async () => {
		const page = await pageWith(fakeSpeech([{ name: 'Phone voice', lang: 'en-GB', localService: true }]), { javaScriptEnabled: false });
		await page.goto(`${origin}/en/lighthouse/`);
		expect(await page.isHidden('[data-listen]')).toBe(true);
		await page.context().close();
	});
});

describe('a copy that knows it is old', () => {
	const built = Date.parse(`${testBuildDate}T12:00:00Z`);
	const month = 30.5 * 86_400_000;

	test.each([
		['en', pathToFileURL(join(inject('fixtureDist'), 'en', 'handbook.html')).href, 'https://guide.example/en/handbook.html'],
		['ar', pathToFileURL(join(inject('fixtureDist'), 'ar', 'handbook.html')).href, 'https://guide.example/ar/handbook.html'],
	])('a %s handbook opened from file:// 7 months later says how old it is, with the address and its QR code', async (_lang, url, live) => {
		const page = await pageWith();
		await page.context().setOffline(true);
		await page.clock.setFixedTime(new Date(built + 7 * month));
		await page.goto(url);
		const notice = page.locator('#stale-copy');
		expect(await notice.isVisible()).toBe(true);
		expect(await page.textContent('#stale-months')).toBe('7');
		expect(await notice.locator('a').getAttribute('href')).toBe(live);
		expect(await notice.locator('svg.qr').count()).toBe(1);
		await page.context().close();
	});

	test('a saved guide page says nothing a month after it was built, and warns after six', async () => {
		const page = await pageWith();
		await page.clock.setFixedTime(new Date(built + 1 * month));
		await page.goto(`${origin}/es/harbour/`);
		expect(await page.isHidden('#stale-copy')).toBe(true);
		await page.clock.setFixedTime(new Date(built + 6.2 * month));
		await page.reload();
		expect(await page.isVisible('#stale-copy')).toBe(true);
		expect(await page.textContent('#stale-copy')).toContain('6');
		await page.context().close();
	});
});

describe('copy as a message', () => {
	test.each([['en', '/en/lighthouse/'], ['ar', '/ar/lighthouse/']])('%s: copies the In short and the address, WhatsApp-ready, within 1,000 characters', async (lang, path) => {
		const page = await pageWith(undefined, { permissions: ['clipboard-read', 'clipboard-write'] });
		await page.goto(`${origin}${path}`);
		await page.click('[data-copy-message]');
		await page.waitForFunction(() => document.getElementById('share-status')!.textContent!.length > 0);
		const message = await page.evaluate(() => navigator.clipboard.readText());
		const title = await page.textContent('h1');
		const inShort = await page.$$eval('.guide-in-short li', (items) => items.map((item) => item.textContent));
		expect(message.startsWith(`*${title}*\n`)).toBe(true);
		for (const line of inShort) expect(message).toContain(`• ${line}`);
		expect(message.endsWith(`\nhttps://guide.example${path}`)).toBe(true);
		expect(message.length).toBeLessThanOrEqual(1000);
		expect(await page.getAttribute('html', 'lang')).toBe(lang);
		await page.context().close();
	});
});

describe('search from every page', () => {
	test.each([['en', '/en/lighthouse/'], ['ar', '/ar/downloads/'], ['es', '/es/changes/']])('%s: the header leads to the search box, ready to type (%s)', async (lang, path) => {
		const page = await pageWith();
		await page.goto(`${origin}${path}`);
		await page.click('header .search-link');
		expect(page.url()).toBe(`${origin}/${lang}/#search`);
		// The box takes the cursor once the page has loaded.
		await page.waitForFunction(() => document.activeElement?.id === 'search-input', undefined, { timeout: 10_000 });
		await page.context().close();
	});

	test('the link works without JavaScript too: it leads to the language home, with every guide', async () => {
		const page = await pageWith(undefined, { javaScriptEnabled: false });
		await page.goto(`${origin}/ar/lighthouse/`);
		await page.click('header .search-link');
		expect(page.url()).toBe(`${origin}/ar/#search`);
		expect(await page.locator('.guide-list a').count()).toBeGreaterThan(0);
		await page.context().close();
	});
});

/** How many pages a PDF has, from its page objects. */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;

describe('pocket cards', () => {
	test.each([['en', 'orchard'], ['ar', 'lighthouse'], ['ar', 'orchard'], ['es', 'harbour']])('the %s card of %s prints on one side of one A6 page, with all its text', async (lang, slug) => {
		const page = await pageWith();
		await page.goto(`${origin}/${lang}/${slug}/card/`);
		await page.emulateMedia({ media: 'print' });
		expect(await page.$eval('.card', (card) => card.scrollHeight <= card.clientHeight)).toBe(true);
		const pdf = await page.pdf({ preferCSSPageSize: true });
		expect(pdfPages(pdf)).toBe(1);
		await page.context().close();
	});

	test('a card’s QR code leads to its guide', () => {
		const html = readFileSync(join(dist(), 'ar', 'lighthouse', 'card', 'index.html'), 'utf8');
		const svg = /<svg class="qr"[\s\S]*?<\/svg>/.exec(html)![0];
		expect(decodeQrSvg(svg)).toBe('https://guide.example/ar/lighthouse/');
	});

	test('a card has the In short, the steps, a helpline and the date', () => {
		const html = readFileSync(join(dist(), 'en', 'orchard', 'card', 'index.html'), 'utf8');
		expect(html).toContain('Apple trees blossom in spring.');
		expect(html).toContain('<li>Prune after the last frost.</li>');
		expect(html).toContain('+1 555 0100');
		expect(html).toMatch(/Facts checked on: \w+ \d+, 2026/);
	});

	test.each(['en', 'ar'])('every %s card, four to a page, with lines to cut along', async (lang) => {
		const page = await pageWith();
		await page.goto(`${origin}/${lang}/cards/`);
		await page.emulateMedia({ media: 'print' });
		const cards = await page.locator('.sheet .card').count();
		expect(cards).toBe(3);
		expect(await page.$eval('.sheet .card', (card) => getComputedStyle(card).borderTopStyle)).toBe('dashed');
		const pdf = await page.pdf({ preferCSSPageSize: true });
		expect(pdfPages(pdf)).toBe(Math.ceil(cards / 4));
		await page.context().close();
	});
});

describe('the shipped guide’s pocket cards', () => {
	test('every card of every guide, in every language, fits its printed page, right-to-left included', async () => {
		const page = await pageWith();
		await page.emulateMedia({ media: 'print' });
		const tallest: Record<string, { path: string; height: number }> = {};
		for (const lang of ['en', 'es', 'ht', 'fr', 'pt', 'ar', 'zh', 'tr', 'ru']) {
			const cards = readdirSync(join(inject('siteDist'), lang)).filter((slug) => existsSync(join(inject('siteDist'), lang, slug, 'card', 'index.html')));
			expect(cards.length, lang).toBe(16);
			for (const slug of cards) {
				const path = `/${lang}/${slug}/card/`;
				await page.goto(`${siteOrigin}${path}`);
				const { fits, height } = await page.$eval('.card', (card) => ({ fits: card.scrollHeight <= card.clientHeight, height: card.scrollHeight }));
				expect(fits, path).toBe(true);
				if (!tallest[lang] || height > tallest[lang].height) tallest[lang] = { path, height };
			}
		}
		// The fullest card of each language, printed: one page.
		for (const { path } of Object.values(tallest)) {
			await page.goto(`${siteOrigin}${path}`);
			expect(pdfPages(await page.pdf({ preferCSSPageSize: true })), path).toBe(1);
		}
		await page.context().close();
	}, 120_000);
});
