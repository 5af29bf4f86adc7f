// `npm run translate -- new|done|diff <lang> <slug>`: the translator's helpers.
import './guard.ts';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentHash } from '../src/content/hash.ts';
import { formatProblem } from '../src/content/errors.ts';
import { diffSinceVersion } from '../src/content/git-history.ts';
import { contentDirectory } from '../src/content/project.ts';
import { reviewLevels } from '../src/content/schema.ts';
import { recordTranslatedFrom, scaffoldTranslation, translatedFromOf } from '../src/content/translate.ts';
import { siteLanguages } from '../src/content/site-settings.ts';

const usage = `Usage:
  npm run translate -- new <language> <guide> [--review machine|community|expert]
      Start a translation: copies the English guide to content/<language>/guides/<guide>.mdx.
  npm run translate -- done <language> <guide>
      Record that a translation is up to date with the current English guide.
  npm run translate -- diff <language> <guide>
      Show what changed in the English guide since the translation was made.`;

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

/** Reads a translation's fields; a file whose fields are broken gets the same message as from npm run check. */
function withFields<T>(path: string, read: () => T): T {
	try {
		return read();
	} catch (error) {
		fail(formatProblem({ file: show(path), line: 1, problem: (error as Error).message, fix: 'Make the very first line "---", then the fields, then another "---" line before the text; then run "npm run check"' }));
	}
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { review: { type: 'string', default: 'machine' }, help: { type: 'boolean', short: 'h' } } });
const [command, lang, slug] = positionals;
if (values.help || !command) {
	console.log(usage);
	process.exit(values.help ? 0 : 1);
}
if (!['new', 'done', 'diff'].includes(command) || !lang || !slug || positionals.length > 3) fail(usage);

const content = contentDirectory();
const show = (path: string) => relative(process.cwd(), path);
const englishFile = join(content, 'en', 'guides', `${slug}.mdx`);
const translationFile = join(content, lang, 'guides', `${slug}.mdx`);
if (!existsSync(englishFile)) fail(`There is no English guide "${slug}" (${show(englishFile)} does not exist). Check the name: it is the English file name without .mdx.`);
const languages = siteLanguages(content);
if (lang === 'en' || !languages.includes(lang)) {
	fail(`"${lang}" is not a language to translate into. Declared languages: ${languages.filter((l) => l !== 'en').join(', ')}. To add one, see CONTRIBUTING.md.`);
}
const englishText = readFileSync(englishFile, 'utf8');
const englishHash = contentHash(englishText);

if (command === 'new') {
	if (!(reviewLevels as readonly string[]).includes(values.review!)) fail(`--review must be one of: ${reviewLevels.join(', ')}.`);
	if (existsSync(translationFile)) {
		fail(
			`${show(translationFile)} already exists, so nothing was changed.\n` +
				`To see what changed in the English guide since it was translated: npm run translate -- diff ${lang} ${slug}\n` +
				`To record that it is up to date again: npm run translate -- done ${lang} ${slug}`,
		);
	}
	mkdirSync(dirname(translationFile), { recursive: true });
	writeFileSync(translationFile, withFields(englishFile, () => scaffoldTranslation(englishText, englishHash, values.review!)), { flag: 'wx' });
	console.log(`Created ${show(translationFile)} from the English guide (review: ${values.review}).\nTranslate the text, keep the components and links as they are, then run: npm run check`);
} else if (command === 'done') {
	if (!existsSync(translationFile)) fail(`${show(translationFile)} does not exist yet. Start it with: npm run translate -- new ${lang} ${slug}`);
	const text = readFileSync(translationFile, 'utf8');
	if (withFields(translationFile, () => translatedFromOf(text)) === englishHash) {
		console.log(`${show(translationFile)} is already marked as up to date (translatedFrom: ${englishHash}).`);
	} else {
		writeFileSync(translationFile, withFields(translationFile, () => recordTranslatedFrom(text, englishHash)));
		console.log(`Recorded that ${show(translationFile)} matches the current English guide (translatedFrom: ${englishHash}).`);
	}
} else {
	if (!existsSync(translationFile)) fail(`${show(translationFile)} does not exist yet, so there is nothing to compare. Start it with: npm run translate -- new ${lang} ${slug}`);
	const from = withFields(translationFile, () => translatedFromOf(readFileSync(translationFile, 'utf8')));
	if (!from) fail(`${show(translationFile)} has no "translatedFrom" field, so it is not known which English version it was made from.`);
	const history = diffSinceVersion(englishFile, englishHash, from);
	switch (history.kind) {
		case 'unchanged':
			console.log(`The English guide has not changed since ${show(translationFile)} was made.`);
			break;
		case 'diff':
			console.log(`Changes to ${show(englishFile)} since the version this translation was made from (commit ${history.commit.slice(0, 10)}):\n`);
			console.log(history.diff || '(No change in the text; only the file was re-saved.)');
			console.log(`When the translation is updated, run: npm run translate -- done ${lang} ${slug}`);
			break;
		case 'shallow':
			fail(
				`The history needed is not available: this copy of the project is a shallow clone (only the latest changes were downloaded).\n` +
					`Run "git fetch --unshallow" and try again, or compare ${show(translationFile)} with ${show(englishFile)} by hand.`,
			);
		case 'not-a-repository':
			fail(`This copy of the project has no git history, so the changes cannot be shown. Compare ${show(translationFile)} with ${show(englishFile)} by hand, or use a git clone of the project.`);
		case 'not-found':
			fail(`No version of ${show(englishFile)} in the history has the code ${from} (the translatedFrom of ${show(translationFile)}). Check that code, or compare the files by hand.`);
	}
}
