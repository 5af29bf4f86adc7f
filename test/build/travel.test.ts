import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { smsCost } from '../../src/site/message.ts';

/* The files that carry the guide beyond the web page: SMS segments, the changes page and its feed. */
const dist = () => inject('fixtureDist');
const read = (path: string) => readFileSync(join(dist(), path), 'utf8');

describe('sms.json', () => {
	test.each(['en', 'ar', 'es'])('%s: every guide’s In short and a helpline, in parts that each fit one SMS', (lang) => {
		const sms = JSON.parse(read(`${lang}/sms.json`)) as { lang: string; guides: { slug: string; lang: string; segments: string[] }[] };
		expect(sms.lang).toBe(lang);
		expect(sms.guides.map((guide) => guide.slug).sort()).toEqual(['harbour', 'lighthouse', 'orchard']);
		for (const guide of sms.guides) {
			expect(guide.segments.length).toBeGreaterThan(0);
			for (const segment of guide.segments) {
				const { used, limit } = smsCost(segment);
				expect(used, segment).toBeLessThanOrEqual(limit);
			}
			expect(guide.segments.join(' ')).toContain('+1 555 0100');
		}
		const arabic = sms.guides.find((guide) => guide.slug === 'lighthouse' && guide.lang === 'ar');
		if (lang === 'ar') expect(arabic!.segments.every((segment) => segment.length <= 70)).toBe(true);
	});
});

describe('what changed', () => {
	test('a language’s changes page lists every guide’s changes, newest first, in the words its reader sees', () => {
		const html = read('es/changes/index.html');
		const dates = [...html.matchAll(/<time datetime="([\d-]+)"/g)].map((m) => m[1]);
		expect(dates).toEqual(['2027-09-01', '2027-08-20', '2026-10-01']);
		expect(html).toContain('Nuevo: el capitán del puerto ahora anota también los barcos de pesca.');
		// An untranslated guide's change is in English, and marked so.
		expect(html).toMatch(/<p lang="en" dir="ltr">New step: net the young trees before the birds find them\.<\/p>/);
		expect(html).toContain('<link rel="alternate" type="application/atom+xml" title="Qué cambió" href="../changes.xml">');
	});

	test('in Arabic, the page is right-to-left, and a change still in English is marked so', () => {
		const html = read('ar/changes/index.html');
		expect(html).toContain('<html lang="ar" dir="rtl">');
		expect(html).toMatch(/<p lang="en" dir="ltr">New step: net the young trees before the birds find them\.<\/p>/);
		expect(read('ar/changes.xml')).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">');
	});

	test('each language has an Atom feed of the same changes', () => {
		const feed = read('es/changes.xml');
		expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es">')).toBe(true);
		expect(feed.match(/<entry>/g)).toHaveLength(3);
		expect(feed).toContain('<updated>2027-09-01T00:00:00Z</updated>');
		expect(feed).toContain('<link rel="alternate" type="text/html" href="https://guide.example/es/harbour/"/>');
		expect(feed).toContain('<summary xml:lang="en">New step: net the young trees before the birds find them.</summary>');
		expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://guide.example/es/changes.xml"/>');
	});

	test('a guide changed in the 60 days before the build says so under its title; others do not', () => {
		expect(read('en/orchard/index.html')).toMatch(/<h1>Apple orchards<\/h1>\s*<p class="updated" data-pagefind-ignore>Updated August 20, 2027: New step: net the young trees before the birds find them\.<\/p>/);
		expect(read('es/harbour/index.html')).toContain('Actualizado el 1 de septiembre de 2027: Nuevo: el capitán del puerto ahora anota también los barcos de pesca.');
		expect(read('en/lighthouse/index.html')).not.toContain('class="updated"');
	});

	test('every home page links to its changes page', () => {
		for (const lang of ['en', 'es', 'ar', 'zh', 'so', 'prs']) expect(read(`${lang}/index.html`)).toContain('<a href="changes/">');
	});
});
