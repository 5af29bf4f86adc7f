import { spawnSync } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { contentHash } from './hash.ts';

/**
 * Finds, in git history, the version of an English guide a translation was
 * made from (by its code): to show a translator exactly what changed since,
 * and to know which links an outdated translation may still carry.
 */

function git(cwd: string, args: string[]) {
	const result = spawnSync('git', ['-C', cwd, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	return { ok: result.status === 0, out: result.stdout ?? '', err: result.stderr ?? '' };
}

export type VersionResult =
	| { kind: 'found'; commit: string; text: string }
	| { kind: 'not-a-repository' }
	| { kind: 'shallow' }
	| { kind: 'not-found' };

export type HistoryResult = { kind: 'diff'; commit: string; diff: string } | { kind: 'unchanged' } | Exclude<VersionResult, { kind: 'found' }>;

// One walk through a file's history per process: the check asks for the same
// English file once for each of its outdated translations.
const versionsByFile = new Map<string, Map<string, { commit: string; text: string }> | 'not-a-repository'>();

function versionsOf(file: string) {
	let versions = versionsByFile.get(file);
	if (!versions) {
		const dir = dirname(file);
		const name = basename(file);
		if (!git(dir, ['rev-parse', '--git-dir']).ok) versions = 'not-a-repository';
		else {
			versions = new Map();
			for (const commit of git(dir, ['log', '--format=%H', '--', name]).out.split('\n').filter(Boolean)) {
				const shown = git(dir, ['show', `${commit}:./${name}`]);
				// The newest commit with a given text is the one to diff from.
				if (shown.ok && !versions.has(contentHash(shown.out))) versions.set(contentHash(shown.out), { commit, text: shown.out });
			}
		}
		versionsByFile.set(file, versions);
	}
	return versions;
}

/** The committed text of `file` whose code is `hash`, or why it cannot be had. */
export function versionWithHash(file: string, hash: string): VersionResult {
	const versions = versionsOf(file);
	if (versions === 'not-a-repository') return { kind: 'not-a-repository' };
	const found = versions.get(hash);
	if (found) return { kind: 'found', ...found };
	return git(dirname(file), ['rev-parse', '--is-shallow-repository']).out.trim() === 'true' ? { kind: 'shallow' } : { kind: 'not-found' };
}

export function diffSinceVersion(englishFile: string, englishHashNow: string, translatedFrom: string): HistoryResult {
	if (translatedFrom === englishHashNow) return { kind: 'unchanged' };
	const version = versionWithHash(englishFile, translatedFrom);
	if (version.kind !== 'found') return version;
	const diff = git(dirname(englishFile), ['diff', '--no-color', version.commit, '--', basename(englishFile)]).out;
	return { kind: 'diff', commit: version.commit, diff };
}
