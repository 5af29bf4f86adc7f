import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { checkContent, type ContentFolder, type FolderEntry, type LoadResult } from './check.ts';
import { versionWithHash } from './git-history.ts';
import { limits } from './limits.ts';
import { buildDate } from './project.ts';

/**
 * The content check's loader: reads what the check looks at in the content
 * folder (site.yml, glossary.yml, each language's ui.yml and guides) into a
 * snapshot, and hands it, with git history for outdated translations, to
 * checkContent. It only reads: content files are never rewritten.
 */
export function loadContent(contentDir: string, rootDir: string = process.cwd(), today: string = buildDate()): LoadResult {
	return checkContent(readContentFolder(contentDir, rootDir), today);
}

export function readContentFolder(contentDir: string, rootDir: string = process.cwd()): ContentFolder {
	// The content folder itself may be a link (a fork's layout); nothing inside it may lead out.
	const root = existsSync(contentDir) ? realpathSync(contentDir) : resolve(contentDir);
	const entries = new Map<string, FolderEntry>();
	const visit = (path: string, readUpTo = 0): string[] => {
		const abs = join(contentDir, path);
		const stat = lstatSync(abs, { throwIfNoEntry: false });
		if (!stat) return [];
		if (path && (stat.isSymbolicLink() || !realpathSync(abs).startsWith(`${root}${sep}`))) {
			entries.set(path, { kind: 'linked' });
		} else if (stat.isDirectory()) {
			// Hidden files and folders (.git, .DS_Store, an editor's swap file) are never content, and never read.
			const names = readdirSync(abs).filter((name) => !name.startsWith('.'));
			entries.set(path, { kind: 'folder', names });
			return names;
		} else if (stat.isFile()) {
			// A file over its limit is not read at all: the check says it is too large.
			entries.set(path, { kind: 'file', size: stat.size, ...(stat.size <= readUpTo ? { bytes: readFileSync(abs) } : {}) });
		} else {
			entries.set(path, { kind: 'other' });
		}
		return [];
	};
	for (const name of visit('')) {
		if (!visit(name, name.endsWith('.yml') ? limits.yamlBytes : 0).length) continue;
		visit(`${name}/ui.yml`, limits.yamlBytes);
		for (const guide of visit(`${name}/guides`)) visit(`${name}/guides/${guide}`, limits.guideBytes);
	}
	return {
		root: relative(rootDir, contentDir).split(sep).join('/'),
		entries,
		earlierVersion: (path, hash) => versionWithHash(join(contentDir, path), hash),
	};
}
