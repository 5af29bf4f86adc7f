import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { fixtureContent, projectRoot } from '../support/run.ts';

/*
 * No command answers a contributor's mistake with a stack trace: each says
 * what is wrong, where, and how to fix it, and changes nothing.
 */
const dir = mkdtempSync(join(tmpdir(), 'resguardo-plain-'));
const content = join(dir, 'content');
cpSync(fixtureContent, content, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(script: string, ...args: string[]) {
	const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', script), ...args], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, RESGUARDO_CONTENT: content },
		timeout: 60_000,
	});
	return { status: result.status, out: result.stdout + result.stderr };
}
const stackTrace = /^\s+at .+:\d+:\d+\)?$/m;

test('translate done and diff on a file without its fields name the file and line, and change nothing', () => {
	writeFileSync(join(content, 'es/guides/harbour.mdx'), 'no fields here\n');
	for (const command of ['done', 'diff']) {
		const { status, out } = run('translate.ts', command, 'es', 'harbour');
		expect(status, command).toBe(1);
		expect(out).toMatch(/es\/guides\/harbour\.mdx:1 — The file does not start with its fields between two lines of three dashes \(---\)\. Make the very first line "---"/);
		expect(out).not.toMatch(stackTrace);
	}
	expect(readFileSync(join(content, 'es/guides/harbour.mdx'), 'utf8')).toBe('no fields here\n');
});

test('an unknown option is a plain sentence', () => {
	const { status, out } = run('translations.ts', '--jsn');
	expect(status).toBe(1);
	expect(out.trim()).toBe("Unknown option '--jsn'. See the README for how to run this command.");
});

/** Nine aliases, each nine times the one before: 9^9 values from a few lines. */
function addYamlBomb() {
	const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((x, i) => `${x}: &${x} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)];
	writeFileSync(join(content, 'zh/ui.yml'), `${readFileSync(join(fixtureContent, 'zh/ui.yml'), 'utf8')}${bomb.join('\n')}\n`);
}

test('YAML made to exhaust the parser gets the project’s message from check and translations', () => {
	addYamlBomb();
	for (const script of ['check.ts', 'translations.ts']) {
		const { status, out } = run(script);
		expect(status, script).toBe(1);
		expect(out).toMatch(/zh\/ui\.yml:\d+:\d+ — This YAML repeats other parts of itself \(with & and \*\)/);
		expect(out).not.toMatch(stackTrace);
	}
});

test('npm run dev refuses broken content with the same plain message, before Astro starts', () => {
	addYamlBomb();
	const { status, out } = run('dev.ts');
	expect(status).toBe(1);
	expect(out).toMatch(/zh\/ui\.yml:\d+:\d+ — This YAML repeats other parts of itself/);
	expect(out).not.toMatch(stackTrace);
	expect(out).not.toContain('astro');
});
