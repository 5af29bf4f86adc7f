// `npm run build`: builds into a temporary folder and replaces dist/ only when
// everything succeeded, so a broken content file never takes the site down.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'astro';
import { ContentCheckError } from '../src/lib/errors.ts';

const root = process.cwd();
const target = resolve(root, process.env.RESGUARDO_OUT ?? 'dist');
const staging = `${target}.building`;
const previous = `${target}.previous`;

rmSync(staging, { recursive: true, force: true });
process.env.RESGUARDO_OUT = staging;
try {
	await build({ root, outDir: staging, logLevel: process.env.RESGUARDO_QUIET ? 'error' : 'info' });
} catch (error) {
	rmSync(staging, { recursive: true, force: true });
	const message = error instanceof ContentCheckError || (error as Error)?.name === 'ContentCheckError' ? (error as Error).message : String((error as Error)?.stack ?? error);
	console.error(`\n${message}`);
	process.exit(1);
}
rmSync(previous, { recursive: true, force: true });
if (existsSync(target)) renameSync(target, previous);
renameSync(staging, target);
rmSync(previous, { recursive: true, force: true });
console.log(`Site written to ${target}`);
