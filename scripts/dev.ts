// `npm run dev`: Astro's development server, after the same content check as
// `npm run check`, so a broken file gets one plain message (Astro would wrap
// it in its own error report, stack trace included).
import './guard.ts';
import './no-telemetry.ts';
import { parseArgs } from 'node:util';
import { dev } from 'astro';
import { loadContent } from '../src/lib/content.ts';
import { problemReport } from '../src/lib/errors.ts';
import { contentDirectory } from '../src/lib/project.ts';

const { values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' } } });
const { problems } = loadContent(contentDirectory());
if (problems.length) {
	console.error(problemReport(problems, 'npm run dev'));
	process.exit(1);
}
await dev({ root: process.cwd(), server: { ...(values.port ? { port: Number(values.port) } : {}), ...(values.host ? { host: values.host } : {}) } });
