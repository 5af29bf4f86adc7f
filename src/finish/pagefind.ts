import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Pagefind's own command-line runner, which picks the binary for this platform.
const runner = fileURLToPath(new URL('runner/bin.cjs', import.meta.resolve('pagefind')));

/**
 * Builds one search index per language (Pagefind splits by <html lang>) with
 * Pagefind's command-line indexer, in a process of its own: it indexes about
 * twice as fast as the Node API did inside the build, and can run while the
 * build finishes other files. Resolves with the number of pages indexed; any
 * failure fails the build, because a site whose search silently broke is
 * worse than no new site.
 */
export function buildSearchIndex(dir: string): Promise<number> {
	// Only guide pages (<lang>/<guide>/index.html) carry text to index; reading
	// the handbooks, discreet and /go/ pages as well would only cost time.
	const args = [runner, '--site', dir, '--glob', '*/*/index.html', '--root-selector', 'html'];
	return new Promise((done, fail) => {
		// Run from the site folder, so a stray Pagefind config file elsewhere is never read.
		const child = spawn(process.execPath, args, {
			cwd: dir,
			stdio: ['ignore', 'pipe', 'pipe'],
			// Smaller index chunks (a twentieth of the default): a one-word search
			// then downloads a few KB of index instead of about 33, which keeps a
			// first search within 100 KB on the shipped guide, in every language
			// (test/browser/guide-search). Rare words gain most; a word on every
			// page still fills a chunk of its own.
			// Pagefind marks this setting unstable; if a release drops it, the
			// default returns and that test fails.
			env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '1000' },
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', (error) => fail(new Error(`Search index: Pagefind could not start: ${error.message}`)));
		child.on('close', (code) => {
			if (code !== 0) return fail(new Error(`Search index: Pagefind failed:\n${output.trim()}`));
			const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
			const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
			if (pages === 0) return fail(new Error('Search index: no page is marked for search (data-pagefind-body).'));
			done(pages);
		});
	});
}
