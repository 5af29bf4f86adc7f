import { statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { readPage } from '../support/dist.ts';
import { discreetPath } from '../../src/site/share.ts';

let dist: string;
beforeAll(() => {
	dist = inject('fixtureDist');
});
const page = (path: string) => readPage(dist, path);
const meta = (html: string, property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];

describe('link previews', () => {
	test('are in the page’s language, with an image WhatsApp accepts', () => {
		const html = page('es/lighthouse/index.html');
		expect(meta(html, 'og:title')).toBe('Los fareros y sus lámparas · Fixture Guide');
		expect(meta(html, 'og:description')).toBe('Una guía de prueba sobre faros.');
		expect(meta(html, 'og:locale')).toBe('es');
		expect(meta(html, 'og:url')).toBe('https://guide.example/es/lighthouse/');
		expect(meta(html, 'og:image')).toBe('https://guide.example/og.png');
		expect(meta(html, 'twitter:title')).toBe('Los fareros y sus lámparas · Fixture Guide');
		expect(meta(page('ar/lighthouse/index.html'), 'og:title')).toBe('حراس المنارات ومصابيحهم · Fixture Guide');
		expect(statSync(join(dist, 'og.png')).size).toBeLessThan(300 * 1024);
	});
});

describe('sharing block', () => {
	test('offers a plain wa.me link with a ready message in the reader’s language', () => {
		const html = page('es/lighthouse/index.html');
		const href = /<a class="button" href="(https:\/\/wa\.me\/\?text=[^"]+)" rel="noopener noreferrer">Compartir por WhatsApp<\/a>/.exec(html)?.[1];
		expect(href).toBeDefined();
		expect(decodeURIComponent(new URL(href!.replace(/&amp;/g, '&')).searchParams.get('text')!)).toBe(
			'Los fareros y sus lámparas. Consejos de seguridad en tu idioma: https://guide.example/es/lighthouse/',
		);
	});

	test('has a QR code and the discreet address on every guide page', () => {
		for (const lang of ['en', 'es', 'ar']) {
			const html = page(`${lang}/harbour/index.html`);
			expect(html).toMatch(/<details class="share-qr">\s*<summary>[^<]+<\/summary>\s*<svg class="qr"/);
			expect(html).toContain(`https://guide.example${discreetPath(lang, 'harbour')}`);
		}
	});
});

describe('discreet address', () => {
	test('previews with a neutral title, no image and no topic, and forwards to the guide', () => {
		const html = page(`${discreetPath('es', 'harbour').slice(1)}index.html`);
		expect(html).toContain('<title>Apuntes</title>');
		expect(meta(html, 'og:title')).toBe('Apuntes');
		expect(meta(html, 'og:site_name')).toBe('Apuntes');
		expect(meta(html, 'og:image')).toBeUndefined();
		expect(html).toContain('<meta http-equiv="refresh" content="0; url=../../harbour/">');
		expect(html.match(/<head>[\s\S]*<\/head>/)![0]).not.toMatch(/harbour master|capitán|Fixture Guide/i);
	});
});

test('every guide has its own discreet address, forwarding to that guide', () => {
	for (const lang of ['en', 'es', 'ar', 'zh', 'so', 'prs']) {
		for (const slug of ['lighthouse', 'harbour', 'orchard']) {
			const path = discreetPath(lang, slug);
			const html = page(`${path.slice(1)}index.html`);
			expect(html, path).toContain(`<meta http-equiv="refresh" content="0; url=../../${slug}/">`);
			expect(html, path).toContain(`<link rel="canonical" href="https://guide.example${path}">`);
			expect(html, path).toContain(`<html lang="${lang}"`);
		}
	}
});

describe('/go/<guide>/', () => {
	test('lists the guide in every language without JavaScript', () => {
		const html = page('go/harbour/index.html');
		for (const lang of ['en', 'es', 'ar', 'zh', 'so', 'prs']) expect(html).toContain(`<a href="../../${lang}/harbour/" hreflang="${lang}">`);
		expect(html).toContain('Elige tu idioma para: El capitán del puerto');
	});
});
