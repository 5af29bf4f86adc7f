// `npm run translations [-- --json]`: where every language stands.
import './guard.ts';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/content/load.ts';
import { formatProblem, sortProblems } from '../src/content/errors.ts';
import { contentDirectory } from '../src/content/project.ts';
import { translationStatus, type GuideState } from '../src/content/translation-status.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean' } } });
const { model, problems } = loadContent(contentDirectory());
if (!model) {
	for (const problem of sortProblems(problems)) console.error(formatProblem(problem));
	console.error('\nThe content has problems (above); fix them first, then ask for the status again.');
	process.exit(1);
}
const status = translationStatus(model);

if (values.json) {
	console.log(JSON.stringify({ languages: status }, null, 2));
	process.exit(0);
}

const labels: Record<GuideState, string> = {
	translated: 'translated',
	outdated: 'OUTDATED: English changed since',
	machine: 'machine: not yet reviewed by a person',
	missing: 'MISSING',
};
const width = Math.max(...status.flatMap((l) => l.guides.map((g) => g.slug.length)));
for (const language of status) {
	const { translated, outdated, machine, missing } = language.counts;
	console.log(`\n${language.code} (${language.name}): ${translated} translated, ${machine} machine, ${outdated} outdated, ${missing} missing`);
	for (const cell of language.guides) {
		const terms = cell.missingTerms.length ? `  (glossary terms not used: ${cell.missingTerms.join(', ')})` : '';
		console.log(`  ${cell.slug.padEnd(width)}  ${labels[cell.state]}${terms}`);
	}
	console.log(language.missingUi.length ? `  interface strings missing (${language.missingUi.length}): ${language.missingUi.join(', ')}` : '  interface strings: complete');
}
