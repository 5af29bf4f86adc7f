import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyFixture, runScript } from '../support/run.ts';

/*
 * A broken content file must stop the build with its path and line, leave the
 * previous site in place, and never run code it contains.
 */
let content: string;
let out: string;
const canary = join(tmpdir(), `resguardo-canary-${process.pid}`);

beforeAll(() => {
	content = copyFixture();
	out = join(content, '..', `${content.split('/').pop()}-dist`);
	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, 'index.html'), 'previous good site');
	const english = readFileSync(join(content, 'en/guides/harbour.mdx'), 'utf8');
	writeFileSync(
		join(content, 'en/guides/harbour.mdx'),
		english.replace(
			'## Mooring',
			`export const pwned = (() => { require('node:fs').writeFileSync(${JSON.stringify(canary)}, 'ran'); return 1 })()\n\n## Mooring\n\nSee [the pier](../pier/).`,
		),
	);
});

afterAll(() => {
	rmSync(content, { recursive: true, force: true });
	rmSync(out, { recursive: true, force: true });
	rmSync(canary, { force: true });
});

test('npm run build stops with every problem, by file and line, in plain words', () => {
	const result = runScript('build', { content: content, out: out });
	expect(result.status).toBe(1);
	expect(result.output).toMatch(/en\/guides\/harbour\.mdx:15:1 — "import" and "export" lines are program code, which content files may not contain\. Delete the line/);
	expect(result.output).toMatch(/en\/guides\/harbour\.mdx:19:5 — This link leads to \/en\/pier\/, a page that does not exist\./);
	expect(result.output).toContain('the previous site is unchanged');
});

test('the previous site is left exactly as it was, with no half-built folder beside it', () => {
	expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous good site');
	expect(existsSync(`${out}.building`)).toBe(false);
});

test('code in the content file never ran', () => {
	expect(existsSync(canary)).toBe(false);
});

test('npm run check reports the same problems and exits with an error', () => {
	const result = runScript('check', { content: content });
	expect(result.status).toBe(1);
	expect(result.stderr).toMatch(/harbour\.mdx:15:1 — "import" and "export" lines/);
	expect(result.stderr).toMatch(/harbour\.mdx:19:5 — This link leads to \/en\/pier\//);
	expect(result.stderr).toMatch(/2 problems found/);
});

test('the content files were not touched', () => {
	expect(readFileSync(join(content, 'en/guides/harbour.mdx'), 'utf8')).toContain('export const pwned');
});
