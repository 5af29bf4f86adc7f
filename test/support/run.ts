import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const fixtureContent = join(projectRoot, 'test/fixtures/site/content');

export interface RunResult {
	status: number | null;
	stdout: string;
	stderr: string;
	output: string;
}

/** Runs one of the project's scripts (build, check) the way `npm run` would, on chosen content. */
export function runScript(script: 'build' | 'check', env: Record<string, string>): RunResult {
	const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', `${script}.ts`)], {
		cwd: projectRoot,
		env: { ...process.env, RESGUARDO_QUIET: '1', ...env },
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
