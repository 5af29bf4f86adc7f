// `npm run build`: builds into a temporary folder and replaces dist/ only when
// everything succeeded, so a broken content file never takes the site down.
//
// Three steps, each in a process of its own, so a large site never needs the
// memory of two at once (docs/benchmarks.md): check-step.ts checks the content
// and writes the checked model; render.ts has Astro render the site from it;
// then the site is finished here (handbooks, security policy, checksums,
// search index, offline lists).
//
// Options: --out <folder> (default dist), --quiet (only problems), --timings
// <file> (each stage's time, for `npm run bench`).
import './guard.ts';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ContentModel } from '../src/content/check.ts';
import { finishSite } from '../src/finish/finish.ts';
import { sitePlan } from '../src/site/plan.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' }, quiet: { type: 'boolean', default: false }, timings: { type: 'string' } } });
const root = process.cwd();
const target = resolve(root, values.out);
const staging = `${target}.building`;
const previous = `${target}.previous`;
const handOff = `${staging}.json`;

function abandon(message?: string): never {
	rmSync(staging, { recursive: true, force: true });
	rmSync(handOff, { force: true });
	if (message) console.error(`\n${message}`);
	process.exit(1);
}

/** Runs one step in a process of its own; each says what went wrong itself. */
function step(args: string[]): Promise<number | null> {
	const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
	return new Promise((done) => child.on('close', done));
}

rmSync(staging, { recursive: true, force: true });
// The folder the site goes in, for the hand-off file beside it.
mkdirSync(dirname(target), { recursive: true });
const timings: Record<string, number> = {};
let mark = performance.now();
if ((await step([join(import.meta.dirname, 'check-step.ts'), '--hand-off', handOff])) !== 0) abandon();
timings.contentCheck = performance.now() - mark;
mark = performance.now();
// A smaller young generation (8 MiB semi-spaces) cuts Astro's peak memory on a
// 3,000-page site by about 200 MiB at no measurable cost in time: rendering
// makes many short-lived strings, and V8 otherwise grows that space to hold them.
const rendered = await step(['--max-semi-space-size=8', join(import.meta.dirname, 'render.ts'), '--out', staging, '--model', handOff, ...(values.quiet ? ['--quiet'] : [])]);
if (rendered !== 0) abandon();
timings.astroRendering = performance.now() - mark;

const model = JSON.parse(readFileSync(handOff, 'utf8')) as ContentModel;
rmSync(handOff);
try {
	const log = { info: (message: string) => values.quiet || console.log(message), warn: (message: string) => console.warn(`Warning: ${message}`) };
	Object.assign(timings, await finishSite(staging, sitePlan(model), log));
} catch (error) {
	abandon(`${(error as Error)?.message ?? error}\nThe site was not finished; the previous site is unchanged.`);
}
if (values.timings) writeFileSync(values.timings, JSON.stringify(timings));

rmSync(previous, { recursive: true, force: true });
if (existsSync(target)) renameSync(target, previous);
renameSync(staging, target);
rmSync(previous, { recursive: true, force: true });
console.log(`Site written to ${target}`);
