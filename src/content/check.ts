import { gzipSync } from 'node:zlib';
import type { ContentProblem } from './errors.ts';
import { contentHash } from './hash.ts';
import { guideAt, guidePath } from '../site/links.ts';
import { sitePlan } from '../site/plan.ts';
import { decodeContent, parseMdx } from './mdx-source.ts';
import { checkPolicy, type InternalLink } from './policy.ts';
import { decideGuideSource, type GuideEntry } from '../site/routes.ts';
import { englishGuideSchema, glossarySchema, siteSchema, translatedGuideSchema, uiSchema, type Glossary, type SiteConfig } from './schema.ts';
import { isStale } from './freshness.ts';
import { limits, tooDeep, tooLarge, tooLongLine } from './limits.ts';
import type { VersionResult } from './git-history.ts';
import { compareOutdated, compareStructure, skeletonOf, type Skeleton } from './structure.ts';
import { placeholders, type UiStrings } from '../site/ui.ts';
import { validate } from './validate.ts';
import { parseYamlSource } from './yaml-source.ts';

/**
 * Checks everything under content/, as read by loadContent (load.ts), into
 * the model the site is made from. `npm run check` and the build both call
 * this one function, so they can never disagree about what is valid. It reads
 * nothing itself: the folder arrives as a snapshot.
 */

/** One thing in the content folder, as the loader found it. */
export type FolderEntry =
	| { kind: 'folder'; names: string[] }
	/** `bytes` is left out of a file larger than the limits allow (see limits.ts). */
	| { kind: 'file'; size: number; bytes?: Uint8Array }
	/** A symbolic link, or a path that leads outside the content folder: never read. */
	| { kind: 'linked' }
	/** Anything else (a device, a pipe): never read. */
	| { kind: 'other' };

export interface ContentFolder {
	/** The content folder's path from the project root, for messages ("content"). */
	root: string;
	/** Everything in it, by path inside it ("", "site.yml", "es/guides/metadata.mdx"). */
	entries: ReadonlyMap<string, FolderEntry>;
	/** An English guide as it was when its content code was `hash`, from git history (git-history.ts). */
	earlierVersion: (path: string, hash: string) => VersionResult;
}

export const sourceLang = 'en';
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Addresses the site itself uses: a guide or language with one of these names would take its place. */
export const reservedGuideNames = new Set(['downloads', 's', 'handbook', 'offline', 'changes', 'cards']);
export const reservedLanguageCodes = new Set(['go', 'pagefind', 'translations']);

export interface ContentModel {
	/** The date the site is built for (YYYY-MM-DD): a copy of a page knows from it how old it is. */
	builtOn: string;
	site: SiteConfig;
	ui: Record<string, UiStrings>;
	guides: GuideEntry[];
	glossary: Glossary;
}

export interface LoadResult {
	model?: ContentModel;
	problems: ContentProblem[];
	/** Worth a contributor's attention, but nothing stops the build: an outdated translation's differences, a stale guide. */
	notes: ContentProblem[];
}

/**
 * Translations made from an older version of their English guide. Not errors
 * (the page still shows them, with a notice), but a translator wants to know,
 * and needs the English file's current code to record an update.
 */
export function outdatedTranslations(model: ContentModel): ContentProblem[] {
	const english = new Map(model.guides.filter((g) => g.lang === sourceLang).map((g) => [g.slug, g]));
	return model.guides
		.filter((g) => g.lang !== sourceLang && english.has(g.slug))
		.filter((g) => decideGuideSource(english.get(g.slug)!.hash, g.data).notices.includes('outdated'))
		.map((g) => ({
			file: g.file,
			problem: `This translation was made from an older version of ${english.get(g.slug)!.file}`,
			fix: `Bring it up to date, then set translatedFrom: ${english.get(g.slug)!.hash}`,
		}));
}

/**
 * `today` is the build's date (see buildDate): a guide whose facts were checked
 * more than a year before it is flagged as stale.
 */
export function checkContent(folder: ContentFolder, today: string): LoadResult {
	const problems: ContentProblem[] = [];
	const notes: ContentProblem[] = [];
	const rel = (path: string) => (path ? (folder.root ? `${folder.root}/${path}` : path) : folder.root);
	const join = (...parts: string[]) => parts.filter(Boolean).join('/');
	const entry = (path: string) => folder.entries.get(path);
	const exists = (path: string) => folder.entries.has(path);
	const isFolder = (path: string) => entry(path)?.kind === 'folder';
	const namesIn = (path: string) => { const found = entry(path); return found?.kind === 'folder' ? found.names : []; };

	// Content is read only from inside the content folder: a symbolic link in a
	// pull request could otherwise publish any file of the build machine.
	const reported = new Set<string>();
	const linkedAway = (path: string): boolean => {
		if (entry(path)?.kind !== 'linked') return false;
		if (!reported.has(path)) {
			reported.add(path);
			problems.push({
				file: rel(path),
				problem: 'This is a link to another place (a symbolic link), not a file or folder of its own; content is only read from inside the content folder',
				fix: 'Replace the link with the real file or folder, copied into the content folder',
			});
		}
		return true;
	};

	const siteFile = join('site.yml');
	if (linkedAway(siteFile)) return { problems, notes };
	// Kept for its line numbers: some problems are found after the schema (duplicates, unknown guides).
	let siteSource: ReturnType<typeof parseYamlSource> | undefined;
	const site = readYamlFile(entry(siteFile), rel(siteFile), problems, (source, file) => {
		siteSource = source;
		return validate(siteSchema, source, file);
	});
	if (!site || !siteSource) return { problems, notes };
	const declared = checkLanguages(site, rel(siteFile), siteSource, problems);

	for (const name of namesIn('')) {
		// Hidden folders (.git, editors' own) are not content.
		if (name.startsWith('.') || linkedAway(join(name))) continue;
		if (isFolder(join(name)) && !declared.has(name)) {
			problems.push({
				file: `${rel(join(name))}/`,
				problem: `The folder "${name}" is not a language declared in ${rel(siteFile)}`,
				fix: `Add it under "languages" in ${rel(siteFile)}, or rename the folder to the code of a declared language (${[...declared].join(', ')})`,
			});
		}
	}

	const glossaryFile = join('glossary.yml');
	const glossary = exists(glossaryFile) && !linkedAway(glossaryFile)
		? (readYamlFile(entry(glossaryFile), rel(glossaryFile), problems, (source, file) => validate(glossarySchema, source, file)) ?? glossarySchema.parse({}))
		: glossarySchema.parse({});

	const ui: Record<string, UiStrings> = {};
	const guides: GuideEntry[] = [];
	const skeletons = new Map<string, Skeleton>();
	const links: { file: string; link: InternalLink }[] = [];
	for (const lang of [sourceLang, ...[...declared].filter((l) => l !== sourceLang)]) {
		const langDir = join(lang);
		if (linkedAway(langDir)) continue;
		const uiFile = join(langDir, 'ui.yml');
		if (linkedAway(uiFile)) continue;
		if (exists(uiFile)) {
			ui[lang] = readYamlFile(entry(uiFile), rel(uiFile), problems, (source, file) => checkUi(source, file, lang, ui[sourceLang])) ?? {};
		} else if (lang === sourceLang) {
			problems.push({ file: rel(uiFile), problem: 'The English interface strings are missing', fix: 'Restore content/en/ui.yml' });
		}
		const guidesDir = join(langDir, 'guides');
		if (linkedAway(guidesDir)) continue;
		if (!exists(guidesDir)) {
			if (lang === sourceLang) problems.push({ file: `${rel(guidesDir)}/`, problem: 'There are no English guides', fix: 'Add at least one guide as content/en/guides/<name>.mdx' });
			continue;
		}
		for (const name of [...namesIn(guidesDir)].sort()) {
			const path = join(guidesDir, name);
			const file = rel(path);
			const slug = name.replace(/\.mdx$/, '');
			// Hidden files (.DS_Store, an editor's swap file) are never content, and never read.
			if (name.startsWith('.') || linkedAway(path)) continue;
			if (entry(path)?.kind !== 'file' || !name.endsWith('.mdx') || !slugPattern.test(slug)) {
				problems.push({
					file,
					problem: `"${name}" is not a guide file name`,
					fix: 'Guide files are named like pen-registers.mdx: lower-case letters, digits and dashes, ending in .mdx, directly inside the guides folder',
				});
				continue;
			}
			if (reservedGuideNames.has(slug)) {
				problems.push({
					file,
					problem: `"${slug}" is a name the site uses for its own pages, so a guide cannot have it`,
					fix: `Rename the file, for example to ${slug}-guide.mdx`,
				});
				continue;
			}
			const guide = readGuide(entry(path) as Extract<FolderEntry, { kind: 'file' }>, file, lang, slug, problems, notes, links);
			if (guide) {
				guides.push(guide.entry);
				skeletons.set(guide.entry.id, guide.skeleton);
			}
		}
	}

	const englishUi = ui[sourceLang];
	site.helplines.forEach((helpline, index) => {
		if (englishUi && !(helpline.region in englishUi)) {
			problems.push({
				file: rel(siteFile),
				line: siteSource!.lineOf(['helplines', index, 'region']),
				problem: `The helpline "${helpline.name}" has region: ${helpline.region}, but content/en/ui.yml has no line called ${helpline.region}`,
				fix: `Add a line "${helpline.region}: <where and for whom it works>" to content/en/ui.yml (and translate it in the other languages' ui.yml), or check the spelling`,
			});
		}
	});

	// From the file names, not the valid guides: one broken English file must not
	// also turn every link to it into an error.
	const english = new Set(
		guides.filter((g) => g.lang === sourceLang).map((g) => g.slug).concat(guideSlugs(namesIn(join(sourceLang, 'guides')))),
	);
	for (const guide of guides) {
		if (guide.lang !== sourceLang && !english.has(guide.slug)) {
			problems.push({
				file: guide.file,
				line: 1,
				problem: `There is no English guide called "${guide.slug}", so this translation has nothing to belong to`,
				fix: `Name the file like the English guide it translates (${[...english].sort().join(', ')})`,
			});
		}
	}

	const englishById = new Map(guides.filter((g) => g.lang === sourceLang).map((g) => [g.slug, g]));
	for (const guide of guides) {
		const original = englishById.get(guide.slug);
		if (guide.lang === sourceLang || !original) continue;
		const englishSide = { file: original.file, skeleton: skeletons.get(original.id)! };
		const translationSide = { file: guide.file, skeleton: skeletons.get(guide.id)! };
		if (guide.data.translatedFrom === original.hash) {
			problems.push(...compareStructure(englishSide, translationSide, glossary.protected));
			// Lists a translation carries in its own words: as many entries as English, or a reader misses one.
			for (const field of ['changes', 'card'] as const) {
				const want = original.data[field]?.length ?? 0;
				const have = guide.data[field]?.length ?? 0;
				if (want === have) continue;
				problems.push({
					file: guide.file,
					line: guide.listLines?.[field] ?? 1,
					problem: `The English guide has ${want} entries under "${field}" and this translation has ${have}`,
					fix: `Translate each entry of "${field}" in ${original.file}, in the same order`,
				});
			}
		} else {
			const earlier = earlierEnglish(folder.earlierVersion(join(sourceLang, 'guides', `${guide.slug}.mdx`), guide.data.translatedFrom!), guide.data.translatedFrom!, original.file);
			if (!earlier.skeleton) notes.push({ file: guide.file, problem: earlier.why, fix: 'Its links were compared with the current English guide only' });
			const outdated = compareOutdated(englishSide, translationSide, earlier.skeleton, glossary.protected);
			problems.push(...outdated.problems);
			notes.push(...outdated.notes);
		}
		guide.missingTerms = glossary.terms
			.filter((term) => term.en && term[guide.lang] && includesTerm(englishSide.skeleton.ownWords, term.en))
			.filter((term) => !includesTerm(translationSide.skeleton.ownWords, term[guide.lang]))
			.map((term) => term.en);
	}

	site.startHere.forEach((slug, index) => {
		if (!english.has(slug)) {
			problems.push({
				file: rel(siteFile),
				line: siteSource!.lineOf(['startHere', index]),
				problem: `"startHere" names "${slug}", but there is no English guide with that name`,
				fix: `Use the file name of an English guide without .mdx (${[...english].sort().join(', ')})`,
			});
		}
	});

	// A guide may link to any page the site publishes, as the site plan lists
	// them. A guide whose own file has a problem is missing from that plan; a
	// link to it is not also an error (the file's own problem says enough).
	const paths = new Set(sitePlan({ builtOn: today, site, ui, guides }).pages.map((page) => page.path));
	const brokenGuide = (path: string) => {
		const guide = guideAt(path);
		return !!guide && declared.has(guide.lang) && english.has(guide.slug);
	};
	for (const { file, link } of links) {
		if (!paths.has(link.path) && !brokenGuide(link.path)) {
			problems.push({
				file,
				line: link.line,
				column: link.column,
				problem: `This link leads to ${link.path}, a page that does not exist`,
				fix: 'Check the address; a link to another guide looks like ../metadata/ (with the slash at the end)',
			});
			continue;
		}
		const fragment = decodeURIComponent(link.hash.slice(1));
		const anchors = fragment ? anchorsOf(link.path, skeletons) : undefined;
		if (anchors && !anchors.has(fragment)) {
			problems.push({
				file,
				line: link.line,
				column: link.column,
				problem: `This link leads to the part "#${fragment}" of ${link.path}, but that page has no such heading`,
				fix: `Use the address of one of its headings, as shown in the address bar after clicking it in the page's table of contents${anchors.size ? ` (for example #${[...anchors][0]})` : ''}`,
			});
		}
	}

	for (const guide of guides) {
		if (isStale(guide.data.reviewed, today)) {
			guide.stale = true;
			notes.push({
				file: guide.file,
				line: guide.reviewedLine,
				problem: `The facts of this guide were last checked on ${guide.data.reviewed}, more than a year before this build (${today}); its page says so`,
				fix: 'Check every fact against its sources again, then set "reviewed" to the date you did',
			});
		}
	}

	return { model: problems.length ? undefined : { builtOn: today, site, ui, guides, glossary }, problems, notes };
}

/** The English guide as it was when a translation was made, from git history, or why it cannot be had. */
function earlierEnglish(version: VersionResult, hash: string, file: string): { skeleton?: Skeleton; why: string } {
	if (version.kind === 'found') {
		const parsed = parseMdx(version.text, file);
		if (!parsed.problem) return { skeleton: skeletonOf(parsed.tree, version.text), why: '' };
	}
	const why = {
		found: 'that version cannot be read',
		'not-a-repository': 'there is no git history here',
		shallow: 'this is a shallow clone, without the older history',
		'not-found': 'no committed version has that code',
	}[version.kind];
	return { why: `The English version this translation was made from (translatedFrom: ${hash}) could not be found: ${why}` };
}

/** Parts of the page at `path` a link may point to: its headings, plus the sections every guide page has. */
function anchorsOf(path: string, skeletons: Map<string, Skeleton>): Set<string> | undefined {
	const guide = guideAt(path);
	if (!guide) return undefined;
	// An untranslated guide shows the English text, with the English headings.
	const skeleton = skeletons.get(`${guide.lang}/${guide.slug}`) ?? skeletons.get(`${sourceLang}/${guide.slug}`);
	if (!skeleton) return undefined;
	return new Set([...skeleton.anchors, 'main', 'guide-in-short', 'guide-toc', 'guide-sources', 'guide-share']);
}

function includesTerm(text: string, term: string): boolean {
	return text.toLocaleLowerCase().includes(term.toLocaleLowerCase());
}

function guideSlugs(names: string[]): string[] {
	return names
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => name.slice(0, -4))
		.filter((slug) => slugPattern.test(slug));
}

function readYamlFile<T>(
	entry: FolderEntry | undefined,
	file: string,
	problems: ContentProblem[],
	check: (source: ReturnType<typeof parseYamlSource>, file: string) => { data?: T; problems: ContentProblem[] },
): T | undefined {
	if (entry?.kind !== 'file') {
		problems.push({ file, problem: 'This file is missing', fix: 'Restore it from the project or a fork' });
		return undefined;
	}
	const size = tooLarge(entry.size, limits.yamlBytes, file, 'this file');
	if (size || !entry.bytes) {
		problems.push(size!);
		return undefined;
	}
	const decoded = decodeContent(entry.bytes, file);
	const long = decoded.text === undefined ? undefined : tooLongLine(decoded.text, file);
	if (decoded.problem || long) {
		problems.push((decoded.problem ?? long)!);
		return undefined;
	}
	const source = parseYamlSource(decoded.text!.replace(/^\uFEFF/, ''), file);
	if (source.problems.length) {
		problems.push(...source.problems);
		return undefined;
	}
	const result = check(source, file);
	problems.push(...result.problems);
	return result.problems.length ? undefined : result.data;
}

function checkLanguages(site: SiteConfig, file: string, source: ReturnType<typeof parseYamlSource>, problems: ContentProblem[]): Set<string> {
	const seen = new Set<string>();
	site.languages.forEach((language, index) => {
		if (seen.has(language.code)) {
			problems.push({ file, line: source.lineOf(['languages', index, 'code']), problem: `The language "${language.code}" is declared twice`, fix: 'Remove one of the two entries' });
		}
		if (reservedLanguageCodes.has(language.code)) {
			problems.push({
				file,
				line: source.lineOf(['languages', index, 'code']),
				problem: `"${language.code}" is the name of a folder the site uses for its own pages, so it cannot be a language code`,
				fix: 'Use the language\'s ISO 639 code (two or three letters, like es or prs)',
			});
		}
		seen.add(language.code);
	});
	if (!seen.has(sourceLang)) {
		problems.push({ file, line: source.lineOf(['languages']), problem: 'English (code: en) is not declared, but every translation is made from it', fix: 'Add "- code: en" with name: English and dir: ltr to languages' });
	}
	return seen;
}

function checkUi(source: ReturnType<typeof parseYamlSource>, file: string, lang: string, english?: UiStrings) {
	const result = validate(uiSchema, source, file);
	if (!result.data || lang === sourceLang || !english) return result;
	for (const [key, value] of Object.entries(result.data)) {
		if (!(key in english)) {
			result.problems.push({ file, line: source.lineOf([key]), problem: `"${key}" is not an interface string the site uses`, fix: 'Check the spelling against content/en/ui.yml, or remove the line' });
			continue;
		}
		const allowed = new Set(placeholders(english[key]));
		for (const name of placeholders(value)) {
			if (!allowed.has(name)) {
				result.problems.push({
					file,
					line: source.lineOf([key]),
					problem: `"{${name}}" in "${key}" is not a placeholder the English text has`,
					fix: allowed.size ? `Keep the placeholders exactly as in English: ${[...allowed].map((p) => `{${p}}`).join(', ')}` : 'Remove the curly braces; the English text has no placeholder here',
				});
			}
		}
	}
	return result;
}

function readGuide(
	entry: Extract<FolderEntry, { kind: 'file' }>,
	file: string,
	lang: string,
	slug: string,
	problems: ContentProblem[],
	notes: ContentProblem[],
	links: { file: string; link: InternalLink }[],
): { entry: GuideEntry; skeleton: Skeleton } | undefined {
	const size = tooLarge(entry.size, limits.guideBytes, file, 'a guide');
	if (size || !entry.bytes) {
		problems.push(size!);
		return undefined;
	}
	const decoded = decodeContent(entry.bytes, file);
	if (decoded.problem) {
		problems.push(decoded.problem);
		return undefined;
	}
	const text = decoded.text!.replace(/^\uFEFF/, '');
	const long = tooLongLine(text, file);
	const parsed = long ? undefined : parseMdx(text, file);
	const problem = long ?? parsed!.problem ?? tooDeep(parsed!.tree, file);
	if (problem) {
		problems.push(problem);
		return undefined;
	}
	const { tree } = parsed!;
	const frontmatter = tree.children?.[0];
	if (frontmatter?.type !== 'yaml') {
		problems.push({
			file,
			line: 1,
			problem: 'The file does not start with its fields (title, summary, …) between two lines of three dashes (---)',
			fix: 'Make the very first line "---", then the fields, then another "---" line before the text',
		});
		return undefined;
	}
	const yaml = parseYamlSource(frontmatter.value, file, frontmatter.position.start.line + 1);
	const schema = lang === sourceLang ? englishGuideSchema : translatedGuideSchema;
	const { data, problems: fieldProblems } = yaml.problems.length ? { data: undefined, problems: yaml.problems } : validate(schema, yaml, file);
	problems.push(...fieldProblems);
	const policy = checkPolicy(tree, file, guidePath(lang, slug));
	problems.push(...policy.problems);
	notes.push(...policy.warnings);
	for (const link of policy.internalLinks) links.push({ file, link });
	if (!policy.hasBody) {
		problems.push({ file, line: frontmatter.position.end?.line ?? 1, problem: 'The guide has no text after its fields', fix: 'Write the guide below the second "---" line' });
	}
	if (!data || policy.problems.length || !policy.hasBody) return undefined;
	return {
		entry: {
			lang,
			slug,
			file,
			id: `${lang}/${slug}`,
			hash: contentHash(text),
			weight: gzipSync(text, { level: 1 }).length,
			data,
			reviewedLine: yaml.lineOf(['reviewed']),
			listLines: { changes: yaml.lineOf(['changes']), card: yaml.lineOf(['card']) },
		},
		skeleton: skeletonOf(tree, text),
	};
}
