// Checks the content in a process of its own for `npm run build` (see
// scripts/build.ts), and sends back either the checked model, as JSON, or the
// problems, in plain words. Everything the check builds up, parse trees and
// all, goes away when this process ends, so the build never holds it while
// Astro renders.
import '../../scripts/guard.ts';
import { loadContent } from '../lib/content.ts';
import { ContentCheckError } from '../lib/errors.ts';
import { contentDirectory } from '../lib/project.ts';

const root = process.cwd();
const { model, problems } = loadContent(contentDirectory(root), root);
const result = problems.length ? { problems: new ContentCheckError(problems).message } : { model: JSON.stringify(model) };
process.send!(result, () => process.disconnect());
