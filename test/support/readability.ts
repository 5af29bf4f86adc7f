import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/**
 * The reading level of a guide's prose, as a US school grade (Flesch-Kincaid).
 * Only running text counts: paragraphs and list items. Headings, tables and
 * link addresses are not sentences and would skew the measure.
 */

interface Node {
	type: string;
	value?: string;
	children?: Node[];
}

/** The sentences a reader reads, from a parsed guide (mdast). */
export function proseSentences(tree: Node): string[] {
	const blocks: string[] = [];
	const visit = (node: Node) => {
		if (node.type === 'heading' || node.type === 'table' || node.type === 'code' || node.type === 'yaml') return;
		if (node.type === 'paragraph') {
			blocks.push(textOf(node));
			return;
		}
		for (const child of node.children ?? []) visit(child);
	};
	visit(tree);
	return blocks.flatMap(splitSentences);
}

function textOf(node: Node): string {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
	return (node.children ?? []).map(textOf).join('');
}

const abbreviation = /(?:^|[\s(])(?:v|vs|No|Nos|Stat|St|Mr|Ms|Dr|Inc|Co|Cir|Jan|Feb|Mar|Apr|Aug|Sept|Oct|Nov|Dec|e\.g|i\.e|U\.S|U\.S\.C|[A-Z])\.$/;

/** Splits on . ! ? followed by a space, keeping abbreviations such as "U.S." and "v." inside their sentence. */
export function splitSentences(text: string): string[] {
	const pieces = text.replace(/\s+/g, ' ').split(/(?<=[.!?]["”’)]?)\s+(?=["“(]?[A-Z0-9§])/);
	const sentences: string[] = [];
	for (const piece of pieces) {
		const last = sentences.at(-1);
		if (last !== undefined && abbreviation.test(last)) sentences[sentences.length - 1] = `${last} ${piece}`;
		else sentences.push(piece);
	}
	return sentences.map((s) => s.trim()).filter((s) => /[A-Za-z]/.test(s));
}

export function words(sentence: string): string[] {
	return sentence.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
}

export function gradeLevel(sentences: string[]): number {
	const allWords = sentences.flatMap(words);
	return fleschKincaid({
		sentence: sentences.length,
		word: allWords.length,
		syllable: allWords.reduce((sum, word) => sum + syllable(word), 0),
	});
}
