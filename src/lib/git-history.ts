import { spawnSync } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { contentHash } from './hash.ts';

/**
 * Finds, in git history, the version of an English guide a translation was
 * made from (by its code), so a translator can see exactly what changed since.
 */

function git(cwd: string, args: string[]) {
	const result = spawnSync('git', ['-C', cwd, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	return { ok: result.status === 0, out: result.stdout ?? '', err: result.stderr ?? '' };
}

export type HistoryResult =
	| { kind: 'diff'; commit: string; diff: string }
	| { kind: 'unchanged' }
	| { kind: 'not-a-repository' }
	| { kind: 'shallow' }
	| { kind: 'not-found' };

export function diffSinceVersion(englishFile: string, englishHashNow: string, translatedFrom: string): HistoryResult {
	if (translatedFrom === englishHashNow) return { kind: 'unchanged' };
	const dir = dirname(englishFile);
	const name = basename(englishFile);
	if (!git(dir, ['rev-parse', '--git-dir']).ok) return { kind: 'not-a-repository' };
	const commits = git(dir, ['log', '--format=%H', '--', name]).out.split('\n').filter(Boolean);
	for (const commit of commits) {
		const version = git(dir, ['show', `${commit}:./${name}`]);
		if (version.ok && contentHash(version.out) === translatedFrom) {
			const diff = git(dir, ['diff', '--no-color', commit, '--', name]).out;
			return { kind: 'diff', commit, diff };
		}
	}
	return git(dir, ['rev-parse', '--is-shallow-repository']).out.trim() === 'true' ? { kind: 'shallow' } : { kind: 'not-found' };
}
