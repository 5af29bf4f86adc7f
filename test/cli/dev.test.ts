import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { guideBodyOf } from '../../src/finish/handbooks.ts';
import { pagesOf, sitePlan } from '../../src/site/plan.ts';
import { fixtureContent, projectRoot, testBuildEpoch } from '../support/run.ts';

/*
 * `npm run dev` on the fixture: every page the build publishes is served
 * complete, handbooks with their guides and downloads with real checksums.
 */
const plan = sitePlan(loadContent(fixtureContent).model!);
let server: ChildProcess;
let origin = '';
let output = '';

const freePort = () =>
	new Promise<number>((resolve) => {
		const probe = createServer().listen(0, () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});

beforeAll(async () => {
	const port = await freePort();
	origin = `http://localhost:${port}`;
	server = spawn(process.execPath, ['scripts/dev.ts', '--port', String(port)], {
		cwd: projectRoot,
		// As a person at a terminal runs it: under the test runner's NODE_ENV=test and VITEST, Astro serves nothing.
		env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'))), RESGUARDO_CONTENT: fixtureContent, SOURCE_DATE_EPOCH: testBuildEpoch },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	server.stdout!.on('data', (chunk) => (output += chunk));
	server.stderr!.on('data', (chunk) => (output += chunk));
	// Its first answers can take long, or fail while Vite prepares its dependencies, on a busy machine.
	const deadline = Date.now() + 150_000;
	for (;;) {
		const ready = await fetch(`${origin}/`, { signal: AbortSignal.timeout(30_000) }).then((response) => response.ok, () => false);
		if (ready) break;
		if (Date.now() > deadline || server.exitCode !== null) throw new Error(`The development server did not start:\n${output}`);
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}, 180_000);

afterAll(() => {
	server?.kill();
});

const get = async (path: string) => {
	const response = await fetch(`${origin}${path}`);
	return { status: response.status, text: await response.text() };
};

test('every page of the site plan is served, with no placeholder left', async () => {
	for (const page of plan.pages) {
		const { status, text } = await get(page.path);
		expect(status, `${page.path}\n${output}`).toBe(page.kind === 'notFound' ? 404 : 200);
		// Data files (sms.json, changes.xml) are not pages.
		if (page.file.endsWith('.html')) expect(text, page.path).toContain(`<html lang="${page.lang}" dir="${page.dir}">`);
		expect(text, page.path).not.toMatch(/@@handbook-body|__HANDBOOK_/);
	}
}, 120_000);

test('a handbook holds the body of each of its guides, as their pages show it', async () => {
	for (const handbook of pagesOf(plan, 'handbook').filter((page) => ['en', 'ar'].includes(page.lang))) {
		const { text } = await get(handbook.path);
		for (const route of handbook.parts[handbook.part - 1]) {
			const body = guideBodyOf((await get(route.path)).text);
			// Its first words, which the handbook keeps while it renames ids and links.
			const words = body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 40);
			expect(words.length).toBeGreaterThan(10);
			expect(text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '), `${handbook.path}: ${route.slug}`).toContain(words);
		}
	}
}, 60_000);

test('a downloads page gives the real checksum of the handbook it offers', async () => {
	const downloads = pagesOf(plan, 'downloads').find((page) => page.lang === 'es')!;
	const { text } = await get(downloads.path);
	const response = await fetch(`${origin}${downloads.handbooks[0].path}`);
	const sha256 = createHash('sha256').update(new Uint8Array(await response.arrayBuffer())).digest('hex');
	expect(text).toContain(`<code class="checksum">${sha256}</code>`);
});
