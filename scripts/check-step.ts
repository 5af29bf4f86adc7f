// The first step of `npm run build` (see build.ts), in a process of its own:
// checks the content and writes the checked model, as JSON, to --hand-off; or
// prints the problems in plain words and exits. Checking a large site takes a
// few hundred MiB that V8 does not give back: done in Astro's process, it
// raised that process's peak at 3,000 pages from about 1.7 to 2.0 GiB
// (docs/benchmarks.md); here it is gone before Astro starts.
import './guard.ts';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ContentCheckError } from '../src/content/errors.ts';
import { loadContent } from '../src/content/load.ts';
import { contentDirectory } from '../src/content/project.ts';

const { values } = parseArgs({ options: { 'hand-off': { type: 'string' } } });
const root = process.cwd();
const { model, problems } = loadContent(contentDirectory(root), root);
if (problems.length) throw new ContentCheckError(problems);
writeFileSync(values['hand-off']!, JSON.stringify(model));
