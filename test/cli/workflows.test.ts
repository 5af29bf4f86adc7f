import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { copyFixture, projectRoot, runScript } from '../support/run.ts';
import { rmSync } from 'node:fs';

/*
 * What a fork's pipeline runs: the deploy workflow builds with the README's
 * commands and publishes dist/; the pull-request workflow runs the content
 * check and turns each message into an annotation on its file and line.
 */
interface Step {
	run?: string;
	uses?: string;
	with?: Record<string, unknown>;
}
const workflow = (name: string) => parse(readFileSync(join(projectRoot, '.github/workflows', name), 'utf8')) as { on: unknown; jobs: Record<string, { steps: Step[] }> };
const steps = (name: string) => Object.values(workflow(name).jobs).flatMap((job) => job.steps);
const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');

describe('the GitHub Pages workflow', () => {
	test('installs with npm ci on Node 24, builds with npm run build, and publishes dist/', () => {
		const all = steps('deploy.yml');
		const runs = all.map((step) => step.run).filter(Boolean);
		expect(runs).toEqual(['npm ci', 'npm run build']);
		expect(all.find((step) => step.uses?.startsWith('actions/setup-node'))?.with?.['node-version']).toBe(24);
		expect(all.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('dist');
		expect(all.some((step) => step.uses?.startsWith('actions/deploy-pages'))).toBe(true);
		// The same commands the README gives a fork.
		for (const command of runs) expect(readme).toContain(command!);
	});
});

describe('the pull-request check', () => {
	test('runs npm run check with the problem matcher', () => {
		const runs = steps('check.yml').map((step) => step.run).filter(Boolean);
		expect(runs).toEqual(['npm ci', 'echo "::add-matcher::.github/content-problems.json"', 'npm run check']);
		expect(existsSync(join(projectRoot, '.github/content-problems.json'))).toBe(true);
	});

	const matchers = (JSON.parse(readFileSync(join(projectRoot, '.github/content-problems.json'), 'utf8')) as {
		problemMatcher: { severity: string; pattern: { regexp: string; file: number; line: number; column: number; message: number }[] }[];
	}).problemMatcher;
	/** What GitHub would annotate for one line of output, if anything. */
	function annotation(line: string) {
		for (const matcher of matchers) {
			const [pattern] = matcher.pattern;
			const match = new RegExp(pattern.regexp).exec(line);
			if (match) return { severity: matcher.severity, file: match[pattern.file], line: match[pattern.line], column: match[pattern.column], message: match[pattern.message] };
		}
		return undefined;
	}

	const content = copyFixture();
	afterAll(() => rmSync(content, { recursive: true, force: true }));

	test('turns each real message of npm run check into an annotation on its file, line and column', () => {
		const orchard = join(content, 'en/guides/orchard.mdx');
		writeFileSync(orchard, `${readFileSync(orchard, 'utf8')}\nSee [uscis.gov](https://uscis.gov.example.net/) and {1 + 1}.\n\nAnd [the site](https://xn--uscs-4qa.gov/).\n`);
		writeFileSync(join(content, 'es/guides/bad name.mdx'), 'x');
		const result = runScript('check', { content: content });
		expect(result.status).toBe(1);
		const found = (result.stdout + result.stderr).split('\n').map(annotation).filter(Boolean);
		const path = (file: string) => expect.stringMatching(new RegExp(`${file.replace(/[.]/g, '\\.')}$`));
		expect(found).toEqual(
			expect.arrayContaining([
				{ severity: 'error', file: path('en/guides/orchard.mdx'), line: expect.stringMatching(/^\d+$/), column: expect.stringMatching(/^\d+$/), message: expect.stringMatching(/^This link is misleading: .* uscis\.gov\.example\.net\. Make the link text/) },
				{ severity: 'error', file: path('en/guides/orchard.mdx'), line: expect.stringMatching(/^\d+$/), column: expect.stringMatching(/^\d+$/), message: expect.stringMatching(/^Text inside curly braces/) },
				{ severity: 'error', file: path('es/guides/bad name.mdx'), line: undefined, column: undefined, message: expect.stringMatching(/is not a guide file name/) },
			]),
		);
		// npm run check prints warnings only when the content has no error: their line format, on its own.
		expect(annotation('Warning: content/es/guides/a.mdx:12 — The link to ../b/ in the English guide (content/en/guides/a.mdx:9) is missing here. Keep every link.')).toEqual({
			severity: 'warning', file: 'content/es/guides/a.mdx', line: '12', column: undefined, message: 'The link to ../b/ in the English guide (content/en/guides/a.mdx:9) is missing here. Keep every link.',
		});
		expect(annotation('Note: content/es/guides/a.mdx — This translation was made from an older version.')).toBeUndefined();
		expect(annotation('1 problem found. Fix them and run "npm run check" again.')).toBeUndefined();
	});
});
