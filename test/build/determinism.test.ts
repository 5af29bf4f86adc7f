import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, inject, test } from 'vitest';
import { listFilesUnder } from '../support/dist.ts';
import { fixtureContent, runScript } from '../support/run.ts';

/* Two builds of the same content are byte-identical: mirrors and checksums can be trusted. */
const parent = mkdtempSync(join(tmpdir(), 'resguardo-again-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

function fingerprint(dir: string): Record<string, string> {
	return Object.fromEntries(listFilesUnder(dir).map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));
}

test('a second build of the same content produces the same bytes in every file', () => {
	const again = join(parent, 'dist');
	// With Astro's usual log, as a contributor sees it.
	const result = runScript('build', { content: fixtureContent, out: again, quiet: false });
	expect(result.status, result.output).toBe(0);
	// A clean build says nothing alarming, so a real warning stands out.
	expect(result.output.split('\n').filter((line) => /\bWARN|\berror\b/i.test(line) && !line.startsWith('npm warn'))).toEqual([]);
	expect(result.output).toContain('Search index:');
	const first = fingerprint(inject('fixtureDist'));
	const second = fingerprint(again);
	expect(Object.keys(second)).toEqual(Object.keys(first));
	for (const file of Object.keys(first)) expect(second[file], file).toBe(first[file]);
});
