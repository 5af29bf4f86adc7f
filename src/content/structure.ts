import GithubSlugger from 'github-slugger';
import type { ContentProblem } from './errors.ts';
import { safeId } from '../site/handbook.ts';

/**
 * What a translation must keep from its English guide: the components (same
 * names and settings, same order, same number), the link targets, and the
 * protected terms from the glossary. Compared here, so a translator learns of
 * a lost warning box or a changed link before a reader does.
 */

interface Node {
	type: string;
	value?: string;
	name?: string | null;
	url?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
	position?: { start: { line: number } };
}

export interface Placed {
	/** What is compared, e.g. `<Platform os="android">` or a link target. */
	key: string;
	line: number;
}

export interface Skeleton {
	components: Placed[];
	links: Placed[];
	/** The whole file, to find the line of a term. */
	text: string;
	/** What a reader reads: body text and frontmatter, without link addresses. */
	prose: string;
	/** The same without the list of sources: the guide's own words, where its glossary terms are looked for. */
	ownWords: string;
	/** The ids of the guide's headings, as the page gives them (and as the MDX processor slugs them). */
	anchors: Set<string>;
}

export function skeletonOf(tree: Node, text: string): Skeleton {
	const components: Placed[] = [];
	const links: Placed[] = [];
	const words: string[] = [];
	const readerWords: string[] = [];
	const anchors = new Set<string>();
	const slugger = new GithubSlugger();
	const textOf = (node: Node): string => node.value ?? (node.children ?? []).map(textOf).join('');
	const visit = (node: Node) => {
		if (node.type === 'heading') {
			const slug = slugger.slug(textOf(node));
			anchors.add(slug).add(safeId(slug));
		}
		if (node.type === 'yaml') {
			const fields = String(node.value ?? '').replace(/^\s*url:.*$/gm, '');
			words.push(fields);
			// Source titles name documents and stay in English: no reader reads them as the guide's own words.
			readerWords.push(fields.replace(/^sources:.*(?:\n(?:[ \t-].*)?)*/m, ''));
		}
		if (node.type === 'text' || node.type === 'inlineCode') {
			words.push(String(node.value ?? ''));
			readerWords.push(String(node.value ?? ''));
		}
		const line = node.position?.start.line ?? 1;
		if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
			const props = (node.attributes ?? [])
				.filter((a) => a.type === 'mdxJsxAttribute' && a.name)
				.map((a) => `${a.name}="${String(a.value)}"`)
				.sort();
			components.push({ key: `<${[node.name, ...props].join(' ')}>`, line });
		}
		if ((node.type === 'link' || node.type === 'definition') && node.url) links.push({ key: linkKey(node.url), line });
		for (const child of node.children ?? []) visit(child);
	};
	visit(tree);
	return { components, links, text, prose: words.join(' '), ownWords: readerWords.join(' '), anchors };
}

/** Links to a heading of another guide differ by language (#what-happens, #qué-pasa); the page they lead to must not. */
function linkKey(url: string): string {
	const trimmed = url.trim();
	return /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : trimmed.replace(/#.*$/, '') || '#';
}

export interface Side {
	file: string;
	skeleton: Skeleton;
}

export function compareStructure(english: Side, translation: Side, protectedTerms: readonly string[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const en = english.skeleton;
	const tr = translation.skeleton;
	const at = (placed: Placed | undefined) => `${english.file}:${placed?.line ?? 1}`;

	const count = Math.max(en.components.length, tr.components.length);
	for (let i = 0; i < count; i++) {
		const want = en.components[i];
		const have = tr.components[i];
		if (want?.key === have?.key) continue;
		if (!have) {
			problems.push({
				file: translation.file,
				line: tr.components.at(-1)?.line ?? 1,
				problem: `A component is missing: the English guide has ${want.key} at ${at(want)}, and this file has ${tr.components.length} components where English has ${en.components.length}`,
				fix: 'Copy the missing component from the English file and translate the text inside it',
			});
		} else if (!want) {
			problems.push({
				file: translation.file,
				line: have.line,
				problem: `${have.key} is not in the English guide (${english.file} has ${en.components.length} components, this file has ${tr.components.length})`,
				fix: 'Remove it, or check that each component is opened and closed as in English',
			});
		} else {
			problems.push({
				file: translation.file,
				line: have.line,
				problem: `This file has ${have.key} where the English guide has ${want.key} (${at(want)})`,
				fix: 'Keep the same components, with the same settings, in the same order as the English file; translate only the text inside them',
			});
		}
		break;
	}

	const remaining = new Map<string, Placed[]>();
	for (const link of tr.links) remaining.set(link.key, [...(remaining.get(link.key) ?? []), link]);
	for (const link of en.links) {
		const same = remaining.get(link.key);
		if (same?.length) same.shift();
		else
			problems.push({
				file: translation.file,
				problem: `The link to ${link.key} in the English guide (${at(link)}) is missing here`,
				fix: 'Keep every link of the English file, with the same address; translate only the link text',
			});
	}
	for (const extra of [...remaining.values()].flat()) {
		problems.push({
			file: translation.file,
			line: extra.line,
			problem: `The link to ${extra.key} is not in the English guide ${english.file}`,
			fix: 'Use the same link addresses as the English file',
		});
	}

	for (const term of protectedTerms) {
		const index = en.text.indexOf(term);
		if (en.prose.includes(term) && !tr.prose.includes(term)) {
			problems.push({
				file: translation.file,
				problem: `"${term}" is used in the English guide (${english.file}:${lineAt(en.text, index)}) but not here`,
				fix: `Write "${term}" exactly as in English: names of apps, laws and court cases are not translated (see content/glossary.yml)`,
			});
		}
	}
	return problems;
}

/**
 * A translation made from an older English text is outdated, not broken: an
 * urgent English fix must ship before eight languages are redone. Its
 * differences from the current English guide are only notes. But every link
 * it carries must be one the English guide has now or had when the
 * translation was made (`earlier`, from git history): that is how a swapped
 * link would otherwise slip in. Without the earlier version, only the current
 * English links are allowed.
 */
export function compareOutdated(
	english: Side,
	translation: Side,
	earlier: Skeleton | undefined,
	protectedTerms: readonly string[],
): { problems: ContentProblem[]; notes: ContentProblem[] } {
	const allowed = new Set([...english.skeleton.links, ...(earlier?.links ?? [])].map((link) => link.key));
	const problems = translation.skeleton.links
		.filter((link) => !allowed.has(link.key))
		.map((link) => ({
			file: translation.file,
			line: link.line,
			problem: `The link to ${link.key} is neither in the English guide ${english.file} nor in ${earlier ? 'the English version this translation was made from' : 'the current English text (the version this translation was made from could not be found)'}`,
			fix: 'Use only link addresses from the English guide; translate only the link text',
		}));
	return { problems, notes: compareStructure(english, translation, protectedTerms) };
}

function lineAt(text: string, index: number): number {
	return text.slice(0, index).split('\n').length;
}
