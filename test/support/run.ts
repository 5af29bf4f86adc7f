import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const fixtureContent = join(projectRoot, 'test/fixtures/site/content');

/**
 * The date every test build is built for (SOURCE_DATE_EPOCH, 2027-09-15), so
 * no test changes its result as time passes. On that date the fixture's
 * orchard guide (checked 2026-09-01) is over a year old, and every other guide
 * is not.
 */
export const testBuildDate = '2027-09-15';
export const testBuildEpoch = String(Date.UTC(2027, 8, 15) / 1000);

export interface RunResult {
	status: number | null;
	stdout: string;
	stderr: string;
	output: string;
}

export interface RunOptions {
	/** The content folder (RESGUARDO_CONTENT). */
	content: string;
	/** Where a build writes the site (--out). */
	out?: string;
	/** Only problems are printed (--quiet); true unless said otherwise. */
	quiet?: boolean;
	env?: Record<string, string>;
}

/** Runs one of the project's scripts (build, check) the way `npm run` would, on chosen content. */
export function runScript(script: 'build' | 'check', { content, out, quiet = true, env = {} }: RunOptions): RunResult {
	const args = script === 'build' ? [...(out ? ['--out', out] : []), ...(quiet ? ['--quiet'] : [])] : [];
	const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', `${script}.ts`), ...args], {
		cwd: projectRoot,
		env: { ...process.env, RESGUARDO_CONTENT: content, SOURCE_DATE_EPOCH: testBuildEpoch, ...env },
		encoding: 'utf8',
		timeout: 180_000,
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}

/** A private, writable copy of the fixture content, for tests that break it on purpose. */
export function copyFixture(): string {
	const dir = mkdtempSync(join(tmpdir(), 'resguardo-content-'));
	cpSync(fixtureContent, dir, { recursive: true });
	return dir;
}
