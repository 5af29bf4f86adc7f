import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { outdatedTranslations } from '../../src/content/check.ts';
import { loadContent } from '../../src/content/load.ts';
import { formatProblem } from '../../src/content/errors.ts';
import { copyFixture } from '../support/run.ts';

let dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	dirs = [];
});

const englishLighthouse = readFileSync(join(import.meta.dirname, '../fixtures/site/content/en/guides/lighthouse.mdx'), 'utf8');

/** Loads the fixture content with some files replaced; returns the formatted messages. */
function messagesWith(files: Record<string, string | Uint8Array>): string[] {
	const dir = copyFixture();
	dirs.push(dir);
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), content);
	}
	return loadContent(dir, dir).problems.map(formatProblem);
}

describe('loadContent', () => {
	test('accepts the fixture content and describes it', () => {
		const dir = copyFixture();
		dirs.push(dir);
		const { model, problems } = loadContent(dir, dir);
		expect(problems).toEqual([]);
		expect(model!.guides.map((g) => g.id).sort()).toEqual(['ar/lighthouse', 'en/harbour', 'en/lighthouse', 'en/orchard', 'es/harbour', 'es/lighthouse', 'zh/lighthouse']);
		expect(model!.site.languages.map((l) => l.code)).toEqual(['en', 'es', 'ar', 'zh', 'so', 'prs']);
	});

	test('a frontmatter slug is an error, so it can never take over another page', () => {
		const hijack = englishLighthouse.replace('order: 1', 'order: 1\nslug: harbour');
		expect(messagesWith({ 'en/guides/lighthouse.mdx': hijack })).toEqual([
			'en/guides/lighthouse.mdx:8 — The field "slug" is not allowed. Remove it or correct its spelling. Allowed fields: title, summary, inShort, searchTerms, changes, card, order, reviewed, jurisdiction, sources.',
		]);
	});

	test('wrong types, bad dates and insecure source addresses name the line', () => {
		const broken = englishLighthouse
			.replace('order: 1', 'order: first')
			.replace('reviewed: 2026-11-01', 'reviewed: 2026-02-30')
			.replace('url: https://books.example/lighthouse', 'url: http://books.example/lighthouse');
		const messages = messagesWith({ 'en/guides/lighthouse.mdx': broken });
		expect(messages).toEqual([
			expect.stringMatching(/^en\/guides\/lighthouse\.mdx:7 — "order" must be a whole number\./),
			expect.stringMatching(/^en\/guides\/lighthouse\.mdx:8 — "reviewed" is not a real calendar date\./),
			expect.stringMatching(/^en\/guides\/lighthouse\.mdx:12 — "url" is not a secure web address \(in item 1 of "sources"\)\./),
		]);
	});

	test('a translation needs translatedFrom and review, and English files may not have them', () => {
		expect(messagesWith({ 'es/guides/lighthouse.mdx': readFileSync(join(import.meta.dirname, '../fixtures/site/content/es/guides/lighthouse.mdx'), 'utf8').replace(/translatedFrom: .*\n/, '') })).toEqual([
			expect.stringMatching(/^es\/guides\/lighthouse\.mdx:2 — The field "translatedFrom" is missing\./),
		]);
		expect(messagesWith({ 'en/guides/harbour.mdx': readFileSync(join(import.meta.dirname, '../fixtures/site/content/en/guides/harbour.mdx'), 'utf8').replace('order: 2', 'order: 2\nreview: machine') })).toEqual([
			expect.stringMatching(/^en\/guides\/harbour\.mdx:7 — The field "review" is not allowed\./),
		]);
	});

	test('an up-to-date translation has as many changes and card steps as its English guide', () => {
		const arabic = readFileSync(join(import.meta.dirname, '../fixtures/site/content/ar/guides/lighthouse.mdx'), 'utf8');
		expect(messagesWith({ 'ar/guides/lighthouse.mdx': arabic.replace('order: 1', 'card:\n  - "أ"\n  - "ب"\n  - "ج"\norder: 1') })).toEqual([
			'ar/guides/lighthouse.mdx:9 — The English guide has 0 entries under "card" and this translation has 3. Translate each entry of "card" in en/guides/lighthouse.mdx, in the same order.',
		]);
	});

	test('a translation of a guide that has no English file is an error', () => {
		expect(messagesWith({ 'es/guides/ghost.mdx': englishLighthouse.replace('order: 1', 'order: 1\ntranslatedFrom: 0123456789ab\nreview: machine') })).toEqual([
			expect.stringMatching(/^es\/guides\/ghost\.mdx:1 — There is no English guide called "ghost"/),
		]);
	});

	test('a language folder that site.yml does not declare is an error', () => {
		expect(messagesWith({ 'fr/ui.yml': 'quickExit: Partir\n' })).toEqual([
			'fr/ — The folder "fr" is not a language declared in site.yml. Add it under "languages" in site.yml, or rename the folder to the code of a declared language (en, es, ar, zh, so, prs).',
		]);
	});

	test('a link to a page that does not exist names the line and column', () => {
		expect(messagesWith({ 'en/guides/orchard.mdx': englishLighthouse.replace('../harbour/', '../harbor/').replace('order: 1', 'order: 3') })).toEqual([
			expect.stringMatching(/^en\/guides\/orchard\.mdx:19:55 — This link leads to \/en\/harbor\/, a page that does not exist\./),
		]);
	});

	test('bytes that are not UTF-8 are reported on their line', () => {
		const bytes = Buffer.concat([Buffer.from(englishLighthouse.split('## How')[0]), Buffer.from('## Caf\xe9\n', 'latin1')]);
		expect(messagesWith({ 'en/guides/lighthouse.mdx': bytes })).toEqual([expect.stringMatching(/^en\/guides\/lighthouse\.mdx:17 — The file is not saved as UTF-8/)]);
	});

	test('a byte-order mark and Windows line endings are accepted', () => {
		expect(messagesWith({ 'en/guides/lighthouse.mdx': `\uFEFF${englishLighthouse.replace(/\n/g, '\r\n')}` })).toEqual([]);
	});

	test('a file without its fields, an empty body and an enormous file are errors', () => {
		expect(messagesWith({ 'en/guides/orchard.mdx': '## Just text\n\nHello.\n' })[0]).toMatch(/^en\/guides\/orchard\.mdx:1 — The file does not start with its fields/);
		expect(messagesWith({ 'en/guides/orchard.mdx': englishLighthouse.split('## How')[0] })[0]).toMatch(/^en\/guides\/orchard\.mdx:15 — The guide has no text/);
		expect(messagesWith({ 'en/guides/orchard.mdx': `${englishLighthouse}\n${'word '.repeat(120_000)}` })[0]).toMatch(/larger than the 512 KiB/);
	});

	test('broken YAML in the frontmatter names its line', () => {
		expect(messagesWith({ 'en/guides/orchard.mdx': englishLighthouse.replace('title: Lighthouse keepers and their lamps', 'title: Lamps: a history') })).toEqual([
			expect.stringMatching(/^en\/guides\/orchard\.mdx:2:\d+ — This YAML cannot be read: a value contains a colon/),
		]);
	});

	test('interface strings: unknown keys and foreign placeholders are errors', () => {
		const messages = messagesWith({ 'es/ui.yml': 'inShort: En resumen\nserchLabel: Buscar\nreviewed: "Revisado: {fecha}"\n' });
		expect(messages).toEqual([
			expect.stringMatching(/^es\/ui\.yml:2 — "serchLabel" is not an interface string the site uses\./),
			expect.stringMatching(/^es\/ui\.yml:3 — "\{fecha\}" in "reviewed" is not a placeholder the English text has\. Keep the placeholders exactly as in English: \{date\}\./),
		]);
	});

	test('hidden files an operating system or editor leaves beside the guides are passed over', () => {
		expect(messagesWith({ 'es/guides/.DS_Store': new Uint8Array([0, 0, 0, 1, 255]), 'es/guides/.harbour.mdx.swp': 'x' })).toEqual([]);
	});

	test('bad guide file names are errors', () => {
		expect(messagesWith({ 'en/guides/Notes.md': 'x' })).toEqual([expect.stringMatching(/^en\/guides\/Notes\.md — "Notes\.md" is not a guide file name/)]);
	});
});

describe('outdatedTranslations', () => {
	test('names each translation made from an older English file, with the code to record', () => {
		const dir = copyFixture();
		dirs.push(dir);
		const { model } = loadContent(dir, dir);
		const harbour = model!.guides.find((g) => g.id === 'en/harbour')!;
		expect(outdatedTranslations(model!).map(formatProblem)).toEqual([
			`es/guides/harbour.mdx — This translation was made from an older version of en/guides/harbour.mdx. Bring it up to date, then set translatedFrom: ${harbour.hash}.`,
		]);
	});
});

describe('translations keep the English structure', () => {
	const spanish = readFileSync(join(import.meta.dirname, '../fixtures/site/content/es/guides/lighthouse.mdx'), 'utf8');

	test('a dropped warning box is an error naming both files and lines', () => {
		expect(messagesWith({ 'es/guides/lighthouse.mdx': spanish.replace(/<Callout kind="warning">\n\nNunca mires directamente a la lámpara\.\n\n<\/Callout>\n\n/, '') })).toEqual([
			'es/guides/lighthouse.mdx:27 — This file has <Platform os="android"> where the English guide has <Callout kind="warning"> (en/guides/lighthouse.mdx:26). Keep the same components, with the same settings, in the same order as the English file; translate only the text inside them.',
		]);
	});

	test('a changed link target and a translated protected term are errors', () => {
		const messages = messagesWith({ 'es/guides/lighthouse.mdx': spanish.replace('(../harbour/)', '(../orchard/)').replace('publisher: Example Press', 'publisher: Prensa de Ejemplo') });
		expect(messages).toEqual([
			'es/guides/lighthouse.mdx — The link to ../harbour/ in the English guide (en/guides/lighthouse.mdx:19) is missing here. Keep every link of the English file, with the same address; translate only the link text.',
			'es/guides/lighthouse.mdx:20 — The link to ../orchard/ is not in the English guide en/guides/lighthouse.mdx. Use the same link addresses as the English file.',
			'es/guides/lighthouse.mdx — "Example Press" is used in the English guide (en/guides/lighthouse.mdx:13) but not here. Write "Example Press" exactly as in English: names of apps, laws and court cases are not translated (see content/glossary.yml).',
		]);
	});

	test('records which preferred glossary terms a translation does not use', () => {
		const dir = copyFixture();
		dirs.push(dir);
		const missing = () => Object.fromEntries(loadContent(dir, dir).model!.guides.filter((g) => g.lang !== 'en').map((g) => [g.id, g.missingTerms]));
		expect(missing()).toEqual({ 'es/lighthouse': [], 'es/harbour': [], 'ar/lighthouse': [], 'zh/lighthouse': [] });
		const harbour = join(dir, 'es/guides/harbour.mdx');
		writeFileSync(harbour, readFileSync(harbour, 'utf8').replace('en el muelle', 'en el puerto'));
		expect(missing()['es/harbour']).toEqual(['quay']);
		// A term only in the title of a source, which stays in English, is not one the translation fails to use.
		const english = join(dir, 'en/guides/harbour.mdx');
		writeFileSync(english, readFileSync(english, 'utf8').replace('Boats tie up at the quay.', 'Boats tie up.').replace('title: Harbours of the world', 'title: Harbours of the world, quay by quay'));
		expect(missing()['es/harbour']).toEqual([]);
	});
});

describe('content comes from the content folder and nowhere else', () => {
	const linkedMessage = (file: string) => `${file} — This is a link to another place (a symbolic link), not a file or folder of its own; content is only read from inside the content folder. Replace the link with the real file or folder, copied into the content folder.`;

	test('a guide, a ui.yml, a glossary or a language folder that is a symbolic link is refused, naming it', () => {
		const dir = copyFixture();
		const elsewhere = mkdtempSync(join(tmpdir(), 'resguardo-elsewhere-'));
		dirs.push(dir, elsewhere);
		// A "secret" outside the content folder, made to look like a guide.
		writeFileSync(join(elsewhere, 'secret.mdx'), readFileSync(join(dir, 'en/guides/harbour.mdx'), 'utf8').replace('Boats tie up', 'SECRET-TOKEN'));
		rmSync(join(dir, 'en/guides/harbour.mdx'));
		symlinkSync(join(elsewhere, 'secret.mdx'), join(dir, 'en/guides/harbour.mdx'));
		renameSync(join(dir, 'zh/ui.yml'), join(elsewhere, 'ui.yml'));
		symlinkSync(join(elsewhere, 'ui.yml'), join(dir, 'zh/ui.yml'));
		renameSync(join(dir, 'es'), join(elsewhere, 'es'));
		symlinkSync(join(elsewhere, 'es'), join(dir, 'es'));
		renameSync(join(dir, 'glossary.yml'), join(elsewhere, 'glossary.yml'));
		symlinkSync(join(elsewhere, 'glossary.yml'), join(dir, 'glossary.yml'));
		const { model, problems } = loadContent(dir, dir);
		expect(model).toBeUndefined();
		expect(problems.map(formatProblem).sort()).toEqual(['en/guides/harbour.mdx', 'es', 'glossary.yml', 'zh/ui.yml'].map(linkedMessage));
	});

	test('a site.yml that is a symbolic link stops the check at once', () => {
		const dir = copyFixture();
		const elsewhere = mkdtempSync(join(tmpdir(), 'resguardo-elsewhere-'));
		dirs.push(dir, elsewhere);
		renameSync(join(dir, 'site.yml'), join(elsewhere, 'site.yml'));
		symlinkSync(join(elsewhere, 'site.yml'), join(dir, 'site.yml'));
		expect(loadContent(dir, dir).problems.map(formatProblem)).toEqual([linkedMessage('site.yml')]);
	});

	test('a link that points back inside the content folder is refused too: a file is itself or nothing', () => {
		const dir = copyFixture();
		dirs.push(dir);
		rmSync(join(dir, 'es/guides/harbour.mdx'));
		symlinkSync(join(dir, 'en/guides/harbour.mdx'), join(dir, 'es/guides/harbour.mdx'));
		expect(loadContent(dir, dir).problems.map(formatProblem)).toEqual([linkedMessage('es/guides/harbour.mdx')]);
	});
});

describe('links to the site’s own pages', () => {
	test('a guide may link to its language’s downloads page, handbook, home, the translation status and a go link', () => {
		const links = '[download it](../downloads/), [the handbook](../handbook.html#harbour), [all guides](../), [status](../../translations/), [any language](../../go/harbour/)';
		expect(messagesWith({ 'en/guides/harbour.mdx': englishLighthouse.replace('Read about [the harbour](../harbour/) too.', `Read ${links}.`) })).toEqual([]);
	});

	test('a page the site does not build is still refused', () => {
		const orchard = readFileSync(join(import.meta.dirname, '../fixtures/site/content/en/guides/orchard.mdx'), 'utf8');
		expect(messagesWith({ 'en/guides/orchard.mdx': `${orchard}\nSee [the downloads](../download/).\n` })).toEqual([
			expect.stringMatching(/^en\/guides\/orchard\.mdx:\d+:\d+ — This link leads to \/en\/download\/, a page that does not exist\./),
		]);
	});
});

test('valid but unusual guides keep passing: Windows line endings with a byte-order mark, tel: and mailto: links, footnotes, nested components, an address as the text of its own link', () => {
	const body = [
		'Call [+1 555 0100](tel:+15550100) or write to [help@example.org](mailto:help@example.org).',
		'',
		'A claim that needs a source.[^1]',
		'',
		'[^1]: The source, in a footnote.',
		'',
		'<Platform os="android">',
		'',
		'<Callout kind="warning">',
		'',
		'<Steps>',
		'',
		'1. Open **Settings**.',
		'',
		'</Steps>',
		'',
		'</Callout>',
		'',
		'</Platform>',
		'',
		'See [https://www.uscis.gov/](https://www.uscis.gov/avoid-scams) and [uscis.gov][u].',
		'',
		'[u]: https://uscis.gov/',
	].join('\n');
	const orchard = readFileSync(join(import.meta.dirname, '../fixtures/site/content/en/guides/orchard.mdx'), 'utf8');
	expect(messagesWith({ 'en/guides/orchard.mdx': `\uFEFF${`${orchard}\n${body}\n`.replace(/\n/g, '\r\n')}` })).toEqual([]);
});
