import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { fixtureContent, runScript } from './run.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		fixtureDist: string;
	}
}

export default function setup(project: TestProject) {
	const parent = mkdtempSync(join(tmpdir(), 'resguardo-dist-'));
	const dist = join(parent, 'dist');
	const result = runScript('build', { RESGUARDO_CONTENT: fixtureContent, RESGUARDO_OUT: dist });
	if (result.status !== 0) throw new Error(`The fixture site did not build:\n${result.output}`);
	project.provide('fixtureDist', dist);
	return () => rmSync(parent, { recursive: true, force: true });
}
