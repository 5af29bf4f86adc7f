import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/server.ts';

/*
 * The shipped guide, searched the way readers search it: the words they would
 * type, in their language, including whole questions. Each guide must come up
 * among the first three results.
 */
const queries: Record<string, Record<string, [string, string]>> = {
	en: {
		metadata: ['metadata', 'can they read my messages'],
		'pen-registers': ['pen register', 'who I contact'],
		'biometric-unlock': ['fingerprint', 'can police force my finger'],
		'group-chats': ['group chat', 'informant'],
		'border-phone-search': ['border phone search', 'unlock my phone at the border'],
		'social-media': ['social media', 'visa facebook'],
		'smuggler-scams': ['smuggler', 'the border is open'],
		'choosing-a-messenger': ['signal or whatsapp', 'telegram'],
		'prepare-your-phone': ['before travel', 'checklist'],
		'reading-safely': ['delete history', 'incognito'],
		'get-help': ['helpline', 'lawyer'],
	},
	es: {
		metadata: ['metadatos', 'con quién hablo'],
		'pen-registers': ['pen register', 'registro'],
		'biometric-unlock': ['huella', 'desbloqueo facial'],
		'group-chats': ['grupo de whatsapp', 'informante'],
		'border-phone-search': ['frontera', 'revisar mi celular en la frontera'],
		'social-media': ['redes sociales', 'visa facebook'],
		'smuggler-scams': ['coyote', 'la frontera está abierta'],
		'choosing-a-messenger': ['signal o whatsapp', 'telegram'],
		'prepare-your-phone': ['antes de viajar', 'contraseña del celular'],
		'reading-safely': ['borrar historial', 'incógnito'],
		'get-help': ['ayuda', 'abogado'],
	},
};

let browser: Browser;
let server: Server;
let origin: string;
let page: Page;

beforeAll(async () => {
	({ origin, server } = await serveStatic(inject('siteDist')));
	browser = await launchBrowser();
	page = await browser.newPage();
});

afterAll(async () => {
	await browser?.close();
	server?.close();
});

async function topResults(lang: string, query: string): Promise<string[]> {
	if (!page.url().endsWith(`/${lang}/`)) await page.goto(`${origin}/${lang}/`);
	await page.fill('#search-input', query);
	await page.press('#search-input', 'Enter');
	await page.waitForFunction(
		(q) => {
			const status = document.getElementById('search-status')?.textContent ?? '';
			return status.length > 0 && !status.endsWith('…') && (document.getElementById('search-results')!.children.length > 0 || status.includes(q));
		},
		query,
	);
	return page.$$eval('#search-results a', (links) => links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe.each(Object.entries(queries))('search in %s', (lang, guides) => {
	test.each(Object.entries(guides).flatMap(([slug, words]) => words.map((q) => [q, slug] as const)))('"%s" finds %s', async (query, slug) => {
		expect(await topResults(lang, query)).toContain(`/${lang}/${slug}/`);
	});
});
