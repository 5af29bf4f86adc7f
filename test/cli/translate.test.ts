import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { contentHash } from '../../src/content/hash.ts';
import { fixtureContent, projectRoot } from '../support/run.ts';

let dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	dirs = [];
});

/** A throwaway project folder holding a copy of the fixture content. */
function workspace(): string {
	const dir = mkdtempSync(join(tmpdir(), 'resguardo-translate-'));
	dirs.push(dir);
	cpSync(fixtureContent, join(dir, 'content'), { recursive: true });
	return dir;
}

function translate(cwd: string, ...args: string[]) {
	const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/translate.ts'), ...args], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, RESGUARDO_CONTENT: join(cwd, 'content') },
	});
	return { status: result.status, out: result.stdout + result.stderr };
}

function git(cwd: string, ...args: string[]) {
	const result = spawnSync('git', ['-C', cwd, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { encoding: 'utf8' });
	if (result.status !== 0) throw new Error(result.stderr);
	return result.stdout;
}

const read = (dir: string, path: string) => readFileSync(join(dir, 'content', path), 'utf8');

describe('translate new', () => {
	test('starts a translation from the English file with its code and review level', () => {
		const dir = workspace();
		const result = translate(dir, 'new', 'zh', 'orchard');
		expect(result.status).toBe(0);
		const english = read(dir, 'en/guides/orchard.mdx');
		const created = read(dir, 'zh/guides/orchard.mdx');
		expect(created).toBe(english.replace('\n---\n\n## Blossoms', `\ntranslatedFrom: ${contentHash(english)}\nreview: machine\n---\n\n## Blossoms`));
	});

	test('takes --review community', () => {
		const dir = workspace();
		expect(translate(dir, 'new', 'so', 'harbour', '--review', 'community').status).toBe(0);
		expect(read(dir, 'so/guides/harbour.mdx')).toMatch(/\nreview: community\n---\n/);
	});

	test('refuses to overwrite an existing translation, and explains', () => {
		const dir = workspace();
		const before = read(dir, 'es/guides/harbour.mdx');
		const result = translate(dir, 'new', 'es', 'harbour');
		expect(result.status).toBe(1);
		expect(result.out).toContain('content/es/guides/harbour.mdx already exists, so nothing was changed.');
		expect(result.out).toContain('npm run translate -- done es harbour');
		expect(read(dir, 'es/guides/harbour.mdx')).toBe(before);
	});

	test('refuses an unknown guide or language', () => {
		const dir = workspace();
		expect(translate(dir, 'new', 'es', 'nothing').out).toMatch(/There is no English guide "nothing"/);
		expect(translate(dir, 'new', 'fr', 'harbour').out).toMatch(/"fr" is not a language to translate into\. Declared languages: es, ar, zh, so, prs/);
	});
});

describe('translate done', () => {
	test('sets translatedFrom to the current English code and changes nothing else', () => {
		const dir = workspace();
		const before = read(dir, 'es/guides/harbour.mdx');
		const result = translate(dir, 'done', 'es', 'harbour');
		expect(result.status).toBe(0);
		const hash = contentHash(read(dir, 'en/guides/harbour.mdx'));
		expect(read(dir, 'es/guides/harbour.mdx')).toBe(before.replace('translatedFrom: 0123456789ab', `translatedFrom: ${hash}`));
		expect(translate(dir, 'done', 'es', 'harbour').out).toContain('is already marked as up to date');
	});
});

describe('translate diff', () => {
	/** A git repository where the English guide changed after the Spanish translation was made. */
	function history(): string {
		const dir = workspace();
		const englishPath = join(dir, 'content/en/guides/harbour.mdx');
		const original = readFileSync(englishPath, 'utf8');
		writeFileSync(join(dir, 'content/es/guides/harbour.mdx'), read(dir, 'es/guides/harbour.mdx').replace('0123456789ab', contentHash(original)));
		git(dir, 'init', '-q');
		git(dir, 'add', '.');
		git(dir, 'commit', '-q', '-m', 'first');
		writeFileSync(englishPath, original.replace('Boats tie up at the quay.', 'Boats tie up at the quay at dawn.'));
		git(dir, 'commit', '-q', '-am', 'second');
		writeFileSync(englishPath, readFileSync(englishPath, 'utf8').replace('every marmalade shipment', 'every marmalade and jam shipment'));
		git(dir, 'commit', '-q', '-am', 'third');
		return dir;
	}

	test('shows what changed in the English guide since the translation was made', () => {
		const dir = history();
		const result = translate(dir, 'diff', 'es', 'harbour');
		expect(result.status).toBe(0);
		expect(result.out).toMatch(/^-Boats tie up at the quay\. The harbour master keeps a ledger of every marmalade shipment\.$/m);
		expect(result.out).toMatch(/^\+Boats tie up at the quay at dawn\. The harbour master keeps a ledger of every marmalade and jam shipment\.$/m);
	});

	test('says so when the English guide has not changed', () => {
		const dir = history();
		translate(dir, 'done', 'es', 'harbour');
		expect(translate(dir, 'diff', 'es', 'harbour').out).toContain('The English guide has not changed');
	});

	test('explains when a shallow clone lacks the history', () => {
		const dir = history();
		const clone = mkdtempSync(join(tmpdir(), 'resguardo-shallow-'));
		dirs.push(clone);
		spawnSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, clone]);
		const result = translate(clone, 'diff', 'es', 'harbour');
		expect(result.status).toBe(1);
		expect(result.out).toContain('shallow clone');
		expect(result.out).toContain('git fetch --unshallow');
	});

	test('explains when there is no git history at all', () => {
		const dir = workspace();
		const result = translate(dir, 'diff', 'es', 'harbour');
		expect(result.status).toBe(1);
		expect(result.out).toContain('has no git history');
	});
});
