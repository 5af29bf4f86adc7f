import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { fixtureContent, projectRoot, runScript } from './run.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		fixtureDist: string;
		siteDist: string;
	}
}

export default function setup(project: TestProject) {
	const parent = mkdtempSync(join(tmpdir(), 'resguardo-dist-'));
	const dist = join(parent, 'dist');
	const result = runScript('build', { content: fixtureContent, out: dist });
	if (result.status !== 0) throw new Error(`The fixture site did not build:\n${result.output}`);
	project.provide('fixtureDist', dist);
	// The real guide, built the same way, so shipped content is held to the same rules.
	const siteDist = join(parent, 'site');
	const site = runScript('build', { content: join(projectRoot, 'content'), out: siteDist });
	if (site.status !== 0) throw new Error(`The guide's own content did not build:\n${site.output}`);
	project.provide('siteDist', siteDist);
	return () => rmSync(parent, { recursive: true, force: true });
}
