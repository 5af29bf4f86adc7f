// `npm run check`: the same content checks the build runs, without building.
import './guard.ts';
import { formatProblem, problemReport, sortProblems } from '../src/content/errors.ts';
import { outdatedTranslations } from '../src/content/check.ts';
import { loadContent } from '../src/content/load.ts';
import { contentDirectory } from '../src/content/project.ts';

const { model, problems, notes } = loadContent(contentDirectory());
if (problems.length) {
	console.error(problemReport(problems, 'npm run check'));
	process.exit(1);
}
for (const note of outdatedTranslations(model!)) console.log(`Note: ${formatProblem(note)}`);
for (const note of sortProblems(notes)) console.log(`Warning: ${formatProblem(note)}`);
const languages = model!.site.languages.length;
console.log(`Content is fine: ${model!.guides.length} guide files in ${languages} languages.`);
