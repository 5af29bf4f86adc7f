// The rendering half of `npm run build` (see build.ts): checks the content and
// has Astro render the site into RESGUARDO_OUT. Run on its own, it exits with
// the content problems in plain words, and nothing else, when there are any.
import './guard.ts';
import './no-telemetry.ts';
import { build } from 'astro';
import { describeFailure } from '../src/lib/errors.ts';

try {
	await build({ root: process.cwd(), outDir: process.env.RESGUARDO_OUT, logLevel: process.env.RESGUARDO_QUIET ? 'error' : 'info' });
} catch (error) {
	console.error(`\n${describeFailure(error).message}`);
	process.exit(1);
}
