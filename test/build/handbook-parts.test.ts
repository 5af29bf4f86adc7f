import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import { listFilesUnder } from '../support/dist.ts';
import { htmlErrors } from '../support/html.ts';
import { projectRoot, runScript } from '../support/run.ts';

/*
 * A fork that sets a small handbookMaxKB gets each language's handbook in
 * parts, each within the limit, that together hold every guide once and link
 * to each other. Built from the shipped guide, whose handbooks are 30 to 37 KB.
 */
const limitKB = 40;
let parent: string;
let dist: string;
let files: string[];
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const partsOf = (lang: string) => files.filter((f) => new RegExp(`^${lang}/handbook(-\\d+)?\\.html$`).test(f)).sort((a, b) => partNumber(a) - partNumber(b));
const partNumber = (file: string) => Number(/handbook-(\d+)/.exec(file)?.[1] ?? 1);
const uiOf = (lang: string) => parse(readFileSync(join(projectRoot, 'content', lang, 'ui.yml'), 'utf8')) as Record<string, string>;
const sectionIds = (html: string) => [...html.matchAll(/<section class="hb-guide" id="([^"]+)"/g)].map((m) => m[1]);

beforeAll(() => {
	parent = mkdtempSync(join(tmpdir(), 'resguardo-parts-'));
	const content = join(parent, 'content');
	cpSync(join(projectRoot, 'content'), content, { recursive: true });
	const site = readFileSync(join(content, 'site.yml'), 'utf8').replace(/^handbookMaxKB:.*\n/m, '');
	writeFileSync(join(content, 'site.yml'), `${site}\nhandbookMaxKB: ${limitKB}\n`);
	dist = join(parent, 'dist');
	const result = runScript('build', { content: content, out: dist });
	if (result.status !== 0) throw new Error(result.output);
	files = listFilesUnder(dist);
});

afterAll(() => rmSync(parent, { recursive: true, force: true }));

const languages = ['en', 'es', 'ar', 'zh'];

test.each(languages)('%s: the handbook comes in parts, each within the limit', (lang) => {
	const parts = partsOf(lang);
	expect(parts.length).toBeGreaterThan(1);
	for (const part of parts) expect(gzipSync(readFileSync(join(dist, part))).length, part).toBeLessThanOrEqual(limitKB * 1024);
});

test.each(languages)('%s: the parts hold every guide once, in the order of the site', (lang) => {
	const english = partsOf('en').flatMap((part) => sectionIds(read(part)));
	expect(partsOf(lang).flatMap((part) => sectionIds(read(part)))).toEqual(english);
	expect(new Set(english).size).toBe(readdirSync(join(projectRoot, 'content/en/guides')).length);
});

test.each(languages)('%s: each part names itself, says it is a part, links to the others, and links to guides in other parts go to that part', (lang) => {
	const parts = partsOf(lang);
	const ui = uiOf(lang);
	const idsByFile = new Map(parts.map((part) => [part.split('/')[1], new Set([...read(part).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]));
	let crossLinks = 0;
	parts.forEach((part, i) => {
		const html = read(part);
		expect(html).toMatch(new RegExp(`<span aria-current="page">[^<]*${i + 1}[^<]*${parts.length}[^<]*</span>`));
		// It says it holds some of the guides, not every guide.
		expect(html).toContain(`<p>${ui.handbookPartIntro}</p>`);
		expect(html).not.toContain(ui.handbookIntro);
		// Its title names the part without Latin punctuation in Arabic or Chinese.
		expect(/<h1>([^<]*)<\/h1>/.exec(html)?.[1]).toMatch(new RegExp(` · [^,]*${i + 1}[^,]*${parts.length}`));
		for (const other of parts.filter((p) => p !== part)) expect(html).toContain(`href="${other.split('/')[1]}"`);
		for (const [, file, id] of html.matchAll(/href="(handbook(?:-\d+)?\.html)#([^"]+)"/g)) {
			crossLinks++;
			expect(idsByFile.get(file)?.has(decodeURIComponent(id)), `${part} → ${file}#${id}`).toBe(true);
		}
	});
	expect(crossLinks).toBeGreaterThan(0);
});

test.each(languages)('%s: the downloads page offers every part with its own size and checksum', (lang) => {
	const page = read(`${lang}/downloads/index.html`);
	expect(page).not.toContain('__HANDBOOK');
	// It says the guides come in several files, not that one file holds them all.
	const ui = uiOf(lang);
	expect(page).toContain(`<p>${ui.downloadsPartsIntro}</p>`);
	expect(page).not.toContain(ui.downloadsIntro);
	const sums = read('SHA256SUMS');
	for (const part of partsOf(lang)) {
		const bytes = readFileSync(join(dist, part));
		const sha = createHash('sha256').update(bytes).digest('hex');
		const name = part.split('/')[1];
		expect(page).toContain(`download="${name}"`);
		// How to check it on a computer names this part's own file.
		expect(page).toMatch(new RegExp(`sha256sum ${name.replace('.', '\\.')}\\b`));
		expect(page).toContain(sha);
		expect(page).toContain(`${Math.ceil(bytes.length / 1024)} KB`);
		expect(sums).toContain(`${sha}  ${part}`);
		expect(JSON.parse(read(`${lang}/offline.json`)).files).toContain(part);
	}
});

test('every part and every downloads page is valid HTML', async () => {
	for (const lang of languages) {
		for (const path of [...partsOf(lang), `${lang}/downloads/index.html`]) expect(await htmlErrors(join(dist, path)), path).toEqual([]);
	}
});
