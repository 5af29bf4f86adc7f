import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { fixtureContent, projectRoot, runScript } from '../support/run.ts';

/*
 * Building the guide sends nothing anywhere: Astro's usage data is switched
 * off (it is only skipped on its own when it detects a CI service).
 */
const dir = mkdtempSync(join(tmpdir(), 'resguardo-fetch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('npm run build asks for no address on the network', () => {
	const record = join(dir, 'fetched.txt');
	const result = runScript('build', {
		content: fixtureContent,
		out: join(dir, 'dist'),
		env: {
			RECORD_FETCH: record,
			NODE_OPTIONS: `--import=${join(projectRoot, 'test/support/record-fetch.mjs')}`,
			// As on a developer's machine: Astro sends nothing when it believes it runs in CI.
			CI: '',
		},
	});
	expect(result.status, result.output).toBe(0);
	const fetched = existsSync(record) ? readFileSync(record, 'utf8').split('\n').filter(Boolean) : [];
	expect(fetched.filter((url) => !/^(file:|data:|blob:|https?:\/\/(localhost|127\.0\.0\.1)[:/])/.test(url))).toEqual([]);
});
