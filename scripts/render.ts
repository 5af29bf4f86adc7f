// The second step of `npm run build` (see build.ts), in a process of its own:
// Astro renders the site into --out from the checked model in --model, which
// check-step.ts wrote. Nothing is compiled before that check passed.
import './guard.ts';
import './no-telemetry.ts';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { resguardo } from '../src/render/integration.ts';

const { values } = parseArgs({ options: { out: { type: 'string' }, model: { type: 'string' }, quiet: { type: 'boolean' } } });
await build({
	root: process.cwd(),
	outDir: values.out,
	logLevel: values.quiet ? 'error' : 'info',
	integrations: [resguardo(readFileSync(values.model!, 'utf8'))],
});
