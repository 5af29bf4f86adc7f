// `npm run build`: builds into a temporary folder and replaces dist/ only when
// everything succeeded, so a broken content file never takes the site down.
//
// Astro renders in a process of its own (render.ts) while another checks the
// content (check-process.ts); the site is finished (handbooks, security policy, search index,
// offline lists) here after that process has exited, so a large site never
// needs the memory of both.
import './guard.ts';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { finishSite, type FinishPlan } from '../src/integrations/finish.ts';

const root = process.cwd();
const target = resolve(root, process.env.RESGUARDO_OUT ?? 'dist');
const staging = `${target}.building`;
const previous = `${target}.previous`;
const planFile = `${staging}.plan.json`;
const quiet = Boolean(process.env.RESGUARDO_QUIET);

function abandon(message?: string): never {
	rmSync(staging, { recursive: true, force: true });
	rmSync(planFile, { force: true });
	if (message) console.error(`\n${message}`);
	process.exit(1);
}

/** The checked model as JSON, or the content's problems in plain words (see check-process.ts). */
function checkContent(): Promise<{ model?: string; problems?: string }> {
	return new Promise((resolve, reject) => {
		const checker = spawn(process.execPath, [join(import.meta.dirname, '../src/integrations/check-process.ts')], { cwd: root, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
		checker.once('message', resolve);
		checker.once('error', reject);
		// 'close' comes after every message has been delivered: without one, the check failed.
		checker.once('close', (code) => reject(new Error(`the check stopped (exit code ${code})`)));
	});
}

rmSync(staging, { recursive: true, force: true });
// A smaller young generation (8 MiB semi-spaces) cuts Astro's peak memory on a
// 3,000-page site by about 200 MiB at no measurable cost in time: rendering
// makes many short-lived strings, and V8 otherwise grows that space to hold them.
const renderer = spawn(process.execPath, ['--max-semi-space-size=8', join(import.meta.dirname, 'render.ts')], {
	cwd: root,
	stdio: ['inherit', 'pipe', 'pipe', 'ipc'],
	env: { ...process.env, RESGUARDO_OUT: staging, RESGUARDO_PLAN: planFile, RESGUARDO_CHECKED_BY: 'build', ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) },
});
// Astro reads the content's frontmatter while the check runs, and may stumble
// on a broken file first. Its messages are held back until the content has
// passed, so a broken file is reported once, in plain words.
const held: [NodeJS.WriteStream, Buffer][] = [];
let holding = true;
for (const [from, to] of [[renderer.stdout!, process.stdout], [renderer.stderr!, process.stderr]] as const) {
	from.on('data', (chunk: Buffer) => (holding ? held.push([to, chunk]) : to.write(chunk)));
}
const release = () => {
	holding = false;
	for (const [to, chunk] of held.splice(0)) to.write(chunk);
};
const rendered = new Promise<number | null>((done) => renderer.on('close', done));
// The content is checked while Astro starts; Astro waits for the result before
// it compiles anything (in astro:build:start, see src/integrations/resguardo.ts).
const checkStarted = performance.now();
const checked = await checkContent().catch((error: Error) => {
	renderer.kill();
	abandon(`The content could not be checked: ${error?.message ?? error}`);
});
const contentCheck = performance.now() - checkStarted;
if (checked.problems) {
	renderer.kill();
	await rendered;
	abandon(checked.problems);
}
release();
// If Astro already stopped, it said why; its exit status below ends the build.
if (renderer.connected) renderer.send(checked.model!, () => {});
const status = await rendered;
// render.ts has already said what went wrong.
if (status !== 0 || !existsSync(planFile)) abandon(status === 0 ? 'The site was not rendered.' : undefined);

const { plan, timings } = JSON.parse(readFileSync(planFile, 'utf8')) as { plan: FinishPlan; timings: Record<string, number> };
timings.contentCheck = contentCheck;
rmSync(planFile);
try {
	const log = { info: (message: string) => quiet || console.log(message), warn: (message: string) => console.warn(`Warning: ${message}`) };
	Object.assign(timings, await finishSite(staging, plan, log));
} catch (error) {
	abandon(`${(error as Error)?.message ?? error}\nThe site was not finished; the previous site is unchanged.`);
}
if (process.env.RESGUARDO_TIMINGS) writeFileSync(process.env.RESGUARDO_TIMINGS, JSON.stringify(timings));

rmSync(previous, { recursive: true, force: true });
if (existsSync(target)) renameSync(target, previous);
renameSync(staging, target);
rmSync(previous, { recursive: true, force: true });
console.log(`Site written to ${target}`);
