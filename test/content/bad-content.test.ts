import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { formatProblem } from '../../src/content/errors.ts';
import { copyFixture } from '../support/run.ts';

/*
 * Careless and hostile content files, one per folder in
 * test/fixtures/bad-content/: each folder holds files laid over the good
 * fixture, and expect.json names the file, the line and the message a
 * translator must see. None of them may run any code.
 */
const corpus = join(import.meta.dirname, '../fixtures/bad-content');
const canary = '/tmp/resguardo-corpus-canary';
const cases = readdirSync(corpus).sort();
const dirs: string[] = [];
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

test('the corpus has at least 30 cases', () => {
	expect(cases.length).toBeGreaterThanOrEqual(30);
});

describe.each(cases)('%s', (name) => {
	test('is reported with its file, line and a plain message, and nothing runs', () => {
		rmSync(canary, { force: true });
		const expected = JSON.parse(readFileSync(join(corpus, name, 'expect.json'), 'utf8')) as { file: string; line?: number; message: string };
		const dir = copyFixture();
		dirs.push(dir);
		cpSync(join(corpus, name, 'content'), dir, { recursive: true });
		const { model, problems } = loadContent(dir, dir);
		const messages = problems.map(formatProblem);
		expect(model).toBeUndefined();
		const file = expected.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		const where = expected.line === undefined ? `${file} — ` : `${file}:${expected.line}(?::\\d+)? — `;
		const wanted = new RegExp(`^${where}.*(?:${expected.message})`);
		expect(messages.some((m) => wanted.test(m)), messages.join('\n')).toBe(true);
		// Every message says what to do, as a sentence.
		for (const message of messages) expect(message).toMatch(/ — .+\. .+\.$/);
		expect(existsSync(canary)).toBe(false);
		expect((globalThis as { __resguardoPwned?: boolean }).__resguardoPwned).toBeUndefined();
	});
});
