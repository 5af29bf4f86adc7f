// `npm run dev`: Astro's development server, after the same content check as
// `npm run check`, so a broken file gets one plain message (Astro would wrap
// it in its own error report, stack trace included).
import './guard.ts';
import './no-telemetry.ts';
import { parseArgs } from 'node:util';
import { dev } from 'astro';
import { loadContent } from '../src/lib/content.ts';
import { formatProblem, sortProblems } from '../src/lib/errors.ts';
import { contentDirectory } from '../src/lib/project.ts';

const { values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' } } });
const { problems } = loadContent(contentDirectory());
if (problems.length) {
	for (const problem of sortProblems(problems)) console.error(formatProblem(problem));
	console.error(`\n${problems.length === 1 ? '1 problem' : `${problems.length} problems`} found. Fix them and run "npm run dev" again.`);
	process.exit(1);
}
await dev({ root: process.cwd(), server: { ...(values.port ? { port: Number(values.port) } : {}), ...(values.host ? { host: values.host } : {}) } });
