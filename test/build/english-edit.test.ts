import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { formatProblem } from '../../src/content/errors.ts';
import { copyFixture, runScript } from '../support/run.ts';

/*
 * An urgent fix to an English guide ships the same hour: its translations,
 * made from the older text, are outdated, not broken. They still build, with
 * their notice. But a translation may only carry links the English guide has
 * now or had when it was translated (found in git history).
 */
let content: string;
let out: string;
const git = (...args: string[]) =>
	execFileSync('git', ['-C', content, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { stdio: 'pipe' });
const file = (path: string) => join(content, path);
const spanish = () => readFileSync(file('es/guides/lighthouse.mdx'), 'utf8');

beforeAll(() => {
	content = copyFixture();
	out = mkdtempSync(join(tmpdir(), 'resguardo-english-edit-'));
	git('init', '-q');
	git('add', '.');
	git('commit', '-qm', 'translated content');
	// The fix: a new link and a new warning, and the old link to the harbour gone.
	const english = readFileSync(file('en/guides/lighthouse.mdx'), 'utf8');
	writeFileSync(
		file('en/guides/lighthouse.mdx'),
		english
			.replace('Read about [the harbour](../harbour/) too.', 'Read about [orchards](../orchard/) too.')
			.replace('<Platform os="android">', '<Callout kind="danger">\n\nNever climb the tower in a storm.\n\n</Callout>\n\n<Platform os="android">'),
	);
	git('commit', '-qam', 'urgent fix');
});

afterAll(() => {
	rmSync(content, { recursive: true, force: true });
	rmSync(out, { recursive: true, force: true });
});

test('the English edit builds, and its translations show that they are outdated', () => {
	const result = runScript('build', { content: content, out: out });
	expect(result.status, result.output).toBe(0);
	for (const lang of ['es', 'ar', 'zh']) {
		const page = readFileSync(join(out, lang, 'lighthouse/index.html'), 'utf8');
		expect(page, lang).toContain('class="notice notice-outdated"');
	}
	expect(readFileSync(join(out, 'en/lighthouse/index.html'), 'utf8')).toContain('Never climb the tower in a storm.');
});

test('npm run check warns of each difference, by file and line, and passes', () => {
	const result = runScript('check', { content: content });
	expect(result.status, result.output).toBe(0);
	expect(result.stdout).toMatch(/Warning: .*es\/guides\/lighthouse\.mdx:\d+ — This file has <Platform os="android"> where the English guide has <Callout kind="danger">/);
	expect(result.stdout).toMatch(/Warning: .*es\/guides\/lighthouse\.mdx — The link to \.\.\/orchard\/ in the English guide .* is missing here\./);
});

test('a translation that adds a link target of its own fails, with file and line', () => {
	writeFileSync(file('es/guides/lighthouse.mdx'), spanish().replace('Lee también sobre', 'Pide ayuda en [la línea](https://phish.example/login). Lee también sobre'));
	try {
		const result = runScript('check', { content: content });
		expect(result.status).toBe(1);
		expect(result.output).toMatch(
			/es\/guides\/lighthouse\.mdx:20 — The link to https:\/\/phish\.example\/login is neither in the English guide .*en\/guides\/lighthouse\.mdx nor in the English version this translation was made from\. Use only link addresses from the English guide/,
		);
		const build = runScript('build', { content: content, out: out });
		expect(build.status).toBe(1);
		expect(build.output).toMatch(/es\/guides\/lighthouse\.mdx:20 — The link to https:\/\/phish\.example\/login/);
	} finally {
		git('checkout', '--', 'es/guides/lighthouse.mdx');
	}
});

test('without git history, links are compared with the current English guide, and the check says so', () => {
	const copy = mkdtempSync(join(tmpdir(), 'resguardo-no-history-'));
	try {
		cpSync(content, copy, { recursive: true });
		rmSync(join(copy, '.git'), { recursive: true, force: true });
		const { problems, notes } = loadContent(copy, copy);
		// The Spanish text still links to the harbour, which only the older English text did.
		expect(problems.map(formatProblem)).toContain(
			'es/guides/lighthouse.mdx:20 — The link to ../harbour/ is neither in the English guide en/guides/lighthouse.mdx nor in the current English text (the version this translation was made from could not be found). Use only link addresses from the English guide; translate only the link text.',
		);
		expect(notes.map(formatProblem)).toContain(
			'es/guides/lighthouse.mdx — The English version this translation was made from (translatedFrom: 9b8c3ace5b0e) could not be found: there is no git history here. Its links were compared with the current English guide only.',
		);
	} finally {
		rmSync(copy, { recursive: true, force: true });
	}
});
