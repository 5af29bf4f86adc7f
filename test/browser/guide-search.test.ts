import type { Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/server.ts';

/*
 * The shipped guide, searched the way readers search it: the words they would
 * type, in their language, including whole questions. Each translated guide
 * must come up among the first three results.
 */
const queries: Record<string, Record<string, string[]>> = {
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
		'ice-encounters': ['ICE at my door', 'warrant', 'raid'],
		'location-tracking': ['location history', 'geofence'],
		'cloud-backups': ['icloud backup', 'backup'],
		'account-takeover': ['two-step verification', 'sim pin', 'hacked'],
		'family-plan': ['family plan', 'detained'],
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
		'ice-encounters': ['me llegó ICE a la casa', 'la migra'],
		'location-tracking': ['ubicación'],
		'cloud-backups': ['copia de seguridad'],
		'account-takeover': ['verificación en dos pasos', 'me hackearon'],
		'family-plan': ['plan familiar', 'detenido'],
	},
	ht: {
		metadata: ['metadone'],
		'pen-registers': ['pen register'],
		'biometric-unlock': ['anprent dwèt'],
		'group-chats': ['gwoup whatsapp'],
		'border-phone-search': ['telefòn fwontyè'],
		'choosing-a-messenger': ['aplikasyon mesaj'],
		'social-media': ['pibliye'],
		'smuggler-scams': ['pasè'],
		'prepare-your-phone': ['anvan ou vwayaje'],
		'reading-safely': ['efase istorik'],
		'get-help': ['avoka'],
		'ice-encounters': ['manda', 'arete', 'desant'],
		'location-tracking': ['kote telefòn'],
		'cloud-backups': ['kopi nan cloud'],
		'account-takeover': ['verifikasyon', 'hack'],
		'family-plan': ['plan fanmi'],
	},
	fr: {
		metadata: ['métadonnées'],
		'pen-registers': ['pen register'],
		'biometric-unlock': ['empreinte digitale'],
		'group-chats': ['groupe whatsapp'],
		'border-phone-search': ['téléphone frontière'],
		'choosing-a-messenger': ['quelle messagerie'],
		'social-media': ['réseaux sociaux'],
		'smuggler-scams': ['passeur'],
		'prepare-your-phone': ['avant de voyager'],
		'reading-safely': ["effacer l'historique"],
		'get-help': ['avocat'],
		'ice-encounters': ['mandat', 'rafle'],
		'location-tracking': ['localisation'],
		'cloud-backups': ['sauvegarde'],
		'account-takeover': ['vérification en deux étapes', 'piraté'],
		'family-plan': ['détenu'],
	},
	pt: {
		metadata: ['metadados'],
		'pen-registers': ['pen register'],
		'biometric-unlock': ['digital rosto'],
		'group-chats': ['grupo de whatsapp'],
		'border-phone-search': ['celular na fronteira'],
		'choosing-a-messenger': ['qual aplicativo'],
		'social-media': ['redes sociais'],
		'smuggler-scams': ['coiote'],
		'prepare-your-phone': ['antes de viajar'],
		'reading-safely': ['apagar histórico'],
		'get-help': ['advogado'],
		'ice-encounters': ['mandado'],
		'location-tracking': ['localização'],
		'cloud-backups': ['backup'],
		'account-takeover': ['confirmação em duas etapas', 'chip', 'hackeada'],
		'family-plan': ['detido'],
	},
	ar: {
		metadata: ['البيانات الوصفية'],
		'pen-registers': ['تسجيل أرقام الاتصال'],
		'biometric-unlock': ['البصمة'],
		'group-chats': ['مجموعة'],
		'border-phone-search': ['الحدود'],
		'choosing-a-messenger': ['تطبيق مراسلة'],
		'social-media': ['وسائل التواصل الاجتماعي'],
		'smuggler-scams': ['المهربين'],
		'prepare-your-phone': ['قبل السفر'],
		'reading-safely': ['سجل التصفح'],
		'get-help': ['محامي'],
		'ice-encounters': ['مذكرة', 'مداهمة'],
		'location-tracking': ['الموقع'],
		'cloud-backups': ['النسخ الاحتياطي'],
		'account-takeover': ['التحقق بخطوتين', 'اختراق الحساب'],
		'family-plan': ['خطة العائلة', 'محتجز'],
	},
	// Chinese is typed without spaces.
	zh: {
		metadata: ['元数据'],
		'pen-registers': ['笔式记录器'],
		'biometric-unlock': ['指纹解锁'],
		'group-chats': ['群聊'],
		'border-phone-search': ['边境手机'],
		'choosing-a-messenger': ['聊天应用'],
		'social-media': ['社交媒体'],
		'smuggler-scams': ['蛇头'],
		'prepare-your-phone': ['出行前'],
		'reading-safely': ['浏览记录'],
		'get-help': ['律师'],
		'ice-encounters': ['ICE', '移民局'],
		'location-tracking': ['位置'],
		'cloud-backups': ['备份'],
		'account-takeover': ['两步验证', '账号被盗'],
		'family-plan': ['家庭计划', '被拘留'],
	},
	tr: {
		'group-chats': ['muhbir'],
		'biometric-unlock': ['parmak izi'],
		'smuggler-scams': ['kaçakçı'],
		'ice-encounters': ['ICE', 'arama izni'],
	},
	ru: {
		'group-chats': ['информатор'],
		'biometric-unlock': ['отпечаток пальца'],
		'smuggler-scams': ['ложные слухи'],
		'ice-encounters': ['ордер', 'облава'],
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

// Words that are only in a guide's searchTerms, not in its text: the words readers type.
const termQueries: [string, string, string][] = [
	['en', 'snitch', 'group-chats'],
	['en', 'wiretap', 'pen-registers'],
	['es', 'soplon', 'group-chats'],
	['es', 'garita', 'border-phone-search'],
	['pt', 'biometria', 'biometric-unlock'],
	['fr', 'douanier', 'border-phone-search'],
	['ht', 'rafle', 'ice-encounters'],
	['ar', 'هكر', 'account-takeover'],
	['zh', '盗号', 'account-takeover'],
];

test.each(termQueries)('in %s, "%s", a word only in its searchTerms, finds %s first', async (lang, query, slug) => {
	expect((await topResults(lang, query))[0]).toBe(`/${lang}/${slug}/`);
});

describe.each(Object.entries(queries))('search in %s', (lang, guides) => {
	test.each(Object.entries(guides).flatMap(([slug, words]) => words.map((q) => [q, slug] as const)))('"%s" finds %s', async (query, slug) => {
		expect(await topResults(lang, query)).toContain(`/${lang}/${slug}/`);
	});
});

/*
 * What the first search costs a reader on paid data, measured in the browser
 * (gzip size; Pagefind's own files are already compressed): at most 100 KiB,
 * of which Pagefind's script and WebAssembly are about 72.
 */
const firstSearchCeiling = 100 * 1024;

test.each([
	['en', 'fingerprint'],
	['en', 'phone search at the border'],
	['es', 'frontera'],
	['ht', 'fwontyè'],
	['fr', 'frontière'],
	['pt', 'fronteira'],
	['ar', 'البصمة'],
	['zh', '指纹解锁'],
	['tr', 'parmak izi'],
	['ru', 'отпечаток пальца'],
])('the first search in %s ("%s") downloads at most 100 KiB and no worker', async (lang, query) => {
	const fresh = await browser.newContext();
	const searchPage = await fresh.newPage();
	const sizes: Promise<number>[] = [];
	const names: string[] = [];
	searchPage.on('response', (response) => {
		if (!response.url().includes('/pagefind/')) return;
		names.push(new URL(response.url()).pathname);
		sizes.push(response.body().then((body) => (/\.(pagefind|pf_\w+)$/.test(new URL(response.url()).pathname) ? body.length : gzipSync(body).length)));
	});
	await searchPage.goto(`${origin}/${lang}/`);
	await searchPage.fill('#search-input', query);
	await searchPage.press('#search-input', 'Enter');
	await searchPage.waitForSelector('#search-results a');
	await searchPage.waitForLoadState('networkidle');
	const total = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
	expect(names.some((name) => name.endsWith('pagefind-worker.js'))).toBe(false);
	expect(total, `${(total / 1024).toFixed(1)} KiB: ${names.join(' ')}`).toBeLessThanOrEqual(firstSearchCeiling);
	await fresh.close();
});

test('typing one or two letters fetches no index: results come as you type from three letters (two in Chinese), and Enter searches anything', async () => {
	const fresh = await browser.newContext();
	const searchPage = await fresh.newPage();
	const fetched: string[] = [];
	searchPage.on('request', (request) => {
		if (/\/pagefind\/(index|fragment)\//.test(request.url())) fetched.push(new URL(request.url()).pathname);
	});
	await searchPage.goto(`${origin}/en/`);
	await searchPage.type('#search-input', 'ph', { delay: 400 });
	await searchPage.waitForTimeout(600);
	expect(fetched).toEqual([]);
	await searchPage.type('#search-input', 'o');
	await searchPage.waitForSelector('#search-results a');
	expect(fetched.length).toBeGreaterThan(0);
	await searchPage.goto(`${origin}/zh/`);
	await searchPage.type('#search-input', '指纹');
	await searchPage.waitForSelector('#search-results a');
	await searchPage.fill('#search-input', 'qz');
	await searchPage.press('#search-input', 'Enter');
	await searchPage.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').includes('“qz”'));
	await fresh.close();
});

test('three results come first, with their text; "More results" fetches and shows the next three', async () => {
	const fresh = await browser.newContext();
	const searchPage = await fresh.newPage();
	const fragments: string[] = [];
	searchPage.on('request', (request) => {
		if (request.url().includes('/pagefind/fragment/')) fragments.push(new URL(request.url()).pathname);
	});
	await searchPage.goto(`${origin}/en/`);
	await searchPage.fill('#search-input', 'phone');
	await searchPage.press('#search-input', 'Enter');
	await searchPage.waitForSelector('#search-results a');
	await searchPage.waitForLoadState('networkidle');
	expect(await searchPage.locator('#search-results li').count()).toBe(3);
	expect(fragments.length).toBe(3);
	const total = Number(/\d+/.exec((await searchPage.textContent('#search-status')) ?? '')?.[0]);
	expect(total).toBeGreaterThan(6);
	await searchPage.click('#search-more');
	await searchPage.waitForFunction(() => document.querySelectorAll('#search-results li').length === 6);
	expect(fragments.length).toBe(6);
	expect(await searchPage.isVisible('#search-more')).toBe(true);
	// A new search starts again from three.
	await searchPage.fill('#search-input', 'passcode');
	await searchPage.press('#search-input', 'Enter');
	await searchPage.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').startsWith('Guides found') && document.querySelectorAll('#search-results li').length === 3);
	await fresh.close();
});
