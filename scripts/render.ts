// The rendering half of `npm run build` (see build.ts): checks the content and
// has Astro render the site into RESGUARDO_OUT. Run on its own, it exits with
// the content problems in plain words, and nothing else, when there are any.
import { build } from 'astro';
import { ContentCheckError } from '../src/lib/errors.ts';

try {
	await build({ root: process.cwd(), outDir: process.env.RESGUARDO_OUT, logLevel: process.env.RESGUARDO_QUIET ? 'error' : 'info' });
} catch (error) {
	const message = error instanceof ContentCheckError || (error as Error)?.name === 'ContentCheckError' ? (error as Error).message : String((error as Error)?.stack ?? error);
	console.error(`\n${message}`);
	process.exit(1);
}
