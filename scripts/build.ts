// `npm run build`: builds into a temporary folder and replaces dist/ only when
// everything succeeded, so a broken content file never takes the site down.
//
// Astro renders in a process of its own (render.ts); the site is finished
// (handbooks, security policy, search index, offline lists) in this one after
// that process has exited, so a large site never needs the memory of both.
import { spawnSync } from 'node:child_process';
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

rmSync(staging, { recursive: true, force: true });
// A smaller young generation (8 MiB semi-spaces) cuts Astro's peak memory on a
// 3,000-page site by about 200 MiB at no measurable cost in time: rendering
// makes many short-lived strings, and V8 otherwise grows that space to hold them.
const rendered = spawnSync(process.execPath, ['--max-semi-space-size=8', join(import.meta.dirname, 'render.ts')], {
	cwd: root,
	stdio: 'inherit',
	env: { ...process.env, RESGUARDO_OUT: staging, RESGUARDO_PLAN: planFile },
});
// render.ts has already said what went wrong.
if (rendered.status !== 0 || !existsSync(planFile)) abandon(rendered.status === 0 ? 'The site was not rendered.' : undefined);

const { plan, timings } = JSON.parse(readFileSync(planFile, 'utf8')) as { plan: FinishPlan; timings: Record<string, number> };
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
