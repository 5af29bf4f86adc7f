import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { fixtureContent, projectRoot } from '../support/run.ts';

function translations(...args: string[]) {
	const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/translations.ts'), ...args], {
		cwd: projectRoot,
		encoding: 'utf8',
		env: { ...process.env, RESGUARDO_CONTENT: fixtureContent },
	});
	return { status: result.status, out: result.stdout, err: result.stderr };
}

test('prints every language × guide with its state, and missing interface strings', () => {
	const { status, out } = translations();
	expect(status).toBe(0);
	expect(out).toContain('es (Español): 1 translated, 0 machine, 1 outdated, 1 missing');
	expect(out).toMatch(/^ {2}harbour\s+OUTDATED: English changed since$/m);
	expect(out).toMatch(/^ {2}orchard\s+MISSING$/m);
	expect(out).toContain('prs (دری): 0 translated, 0 machine, 0 outdated, 3 missing');
	expect(out).toMatch(/interface strings missing \(\d+\): chooseLanguageTitle, chooseLanguage, skipToContent,/);
});

test('--json prints the same as data', () => {
	const { status, out } = translations('--json');
	expect(status).toBe(0);
	const { languages } = JSON.parse(out);
	expect(languages.map((l: { code: string }) => l.code)).toEqual(['es', 'ar', 'zh', 'so', 'prs']);
	const es = languages[0];
	expect(es.guides.map((g: { slug: string; state: string }) => [g.slug, g.state])).toEqual([['lighthouse', 'translated'], ['harbour', 'outdated'], ['orchard', 'missing']]);
	expect(es.guides[1].englishHash).toMatch(/^[0-9a-f]{12}$/);
	expect(es.missingUi).toContain('calloutWarning');
});
