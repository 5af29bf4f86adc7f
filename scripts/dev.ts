// `npm run dev`: Astro's development server, after the same content check as
// `npm run check`, so a broken file gets one plain message (Astro would wrap
// it in its own error report, stack trace included). It serves every page the
// build publishes, handbooks and downloads finished as they are asked for.
import './guard.ts';
import './no-telemetry.ts';
import { parseArgs } from 'node:util';
import { dev } from 'astro';
import { loadContent } from '../src/content/load.ts';
import { problemReport } from '../src/content/errors.ts';
import { contentDirectory } from '../src/content/project.ts';
import { resguardo } from '../src/render/integration.ts';

const { values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' } } });
const { model, problems } = loadContent(contentDirectory());
if (problems.length) {
	console.error(problemReport(problems, 'npm run dev'));
	process.exit(1);
}
await dev({
	root: process.cwd(),
	server: { ...(values.port ? { port: Number(values.port) } : {}), ...(values.host ? { host: values.host } : {}) },
	integrations: [resguardo(JSON.stringify(model))],
});
