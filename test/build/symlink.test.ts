import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { copyFixture, runScript } from '../support/run.ts';

/*
 * A pull request can carry a symbolic link, and a build machine holds secrets:
 * a guide that links to a file elsewhere must stop the check and the build,
 * and its target must never reach the site.
 */
const content = copyFixture();
const elsewhere = mkdtempSync(join(tmpdir(), 'resguardo-secret-'));
const out = join(elsewhere, 'dist');
afterAll(() => {
	rmSync(content, { recursive: true, force: true });
	rmSync(elsewhere, { recursive: true, force: true });
});

test('npm run check and npm run build refuse a guide that is a symbolic link, and publish nothing', () => {
	writeFileSync(join(elsewhere, 'secret.mdx'), readFileSync(join(content, 'en/guides/orchard.mdx'), 'utf8').replace(/## /, 'SECRET-TOKEN\n\n## '));
	rmSync(join(content, 'en/guides/orchard.mdx'));
	symlinkSync(join(elsewhere, 'secret.mdx'), join(content, 'en/guides/orchard.mdx'));
	const check = runScript('check', { content: content });
	expect(check.status).toBe(1);
	expect(check.output).toMatch(/en\/guides\/orchard\.mdx — This is a link to another place \(a symbolic link\)/);
	const build = runScript('build', { content: content, out: out });
	expect(build.status).toBe(1);
	expect(build.output).toMatch(/en\/guides\/orchard\.mdx — This is a link to another place \(a symbolic link\)/);
	expect(build.output).not.toContain('SECRET-TOKEN');
	expect(existsSync(out)).toBe(false);
});
