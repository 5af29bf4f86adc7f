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

interface FolderHistory {
	shallow: boolean;
	/** The folder's path from the repository's root, like "content/en/guides/". */
	prefix: string;
	/** Each file's commits, newest first, by file name. */
	commitsOf: Map<string, string[]>;
}

// One look at a folder's history per process, and one at each file's old
// texts: the check asks about every English guide with an outdated
// translation, and a git process per question cost seconds on a large site.
const historyByFolder = new Map<string, FolderHistory | 'not-a-repository'>();
const versionsByFile = new Map<string, Map<string, { commit: string; text: string }>>();

function historyOf(dir: string): FolderHistory | 'not-a-repository' {
	let history = historyByFolder.get(dir);
	if (!history) {
		const about = git(dir, ['rev-parse', '--is-shallow-repository', '--show-prefix']);
		if (!about.ok) history = 'not-a-repository';
		else {
			const [shallow, prefix = ''] = about.out.split('\n');
			const commitsOf = new Map<string, string[]>();
			// "%x00<commit>" then the names of the files it changed in this folder.
			for (const entry of git(dir, ['log', '--format=%x00%H', '--name-only', '--relative', '--', '.']).out.split('\0').slice(1)) {
				const [commit, ...names] = entry.split('\n').filter(Boolean);
				for (const name of names) commitsOf.set(name, [...(commitsOf.get(name) ?? []), commit]);
			}
			history = { shallow: shallow.trim() === 'true', prefix: prefix.trim(), commitsOf };
		}
		historyByFolder.set(dir, history);
	}
	return history;
}

/** Every committed text of a file, by its content code; the newest commit with a given text is the one to diff from. */
function versionsOf(file: string, history: FolderHistory): Map<string, { commit: string; text: string }> {
	let versions = versionsByFile.get(file);
	if (!versions) {
		versions = new Map();
		const commits = history.commitsOf.get(basename(file)) ?? [];
		if (commits.length) {
			// One process reads them all: "<commit>:<path>" in, "<object> blob <size>" and the text out, in order.
			const result = spawnSync('git', ['-C', dirname(file), 'cat-file', '--batch'], {
				input: commits.map((commit) => `${commit}:${history.prefix}${basename(file)}\n`).join(''),
				maxBuffer: 256 * 1024 * 1024,
			});
			const out = result.stdout ?? Buffer.alloc(0);
			let at = 0;
			for (const commit of commits) {
				const lineEnd = out.indexOf(10, at);
				if (lineEnd < 0) break;
				const header = out.subarray(at, lineEnd).toString('utf8').split(' ');
				at = lineEnd + 1;
				if (header[1] !== 'blob') continue;
				const size = Number(header[2]);
				const text = out.subarray(at, at + size).toString('utf8');
				at += size + 1;
				if (!versions.has(contentHash(text))) versions.set(contentHash(text), { commit, text });
			}
		}
		versionsByFile.set(file, versions);
	}
	return versions;
}

/** The committed text of `file` whose code is `hash`, or why it cannot be had. */
export function versionWithHash(file: string, hash: string): VersionResult {
	const history = historyOf(dirname(file));
	if (history === 'not-a-repository') return { kind: 'not-a-repository' };
	const found = versionsOf(file, history).get(hash);
	if (found) return { kind: 'found', ...found };
	return history.shallow ? { kind: 'shallow' } : { kind: 'not-found' };
}

export function diffSinceVersion(englishFile: string, englishHashNow: string, translatedFrom: string): HistoryResult {
	if (translatedFrom === englishHashNow) return { kind: 'unchanged' };
	const version = versionWithHash(englishFile, translatedFrom);
	if (version.kind !== 'found') return version;
	const diff = git(dirname(englishFile), ['diff', '--no-color', version.commit, '--', basename(englishFile)]).out;
	return { kind: 'diff', commit: version.commit, diff };
}
