import type { ContentProblem } from './errors.ts';

/**
 * How much work one content file may cause. A real guide is a few thousand
 * words, its lines a paragraph long, its text nested a handful of levels
 * (a list in a step in a box); these limits are far beyond that, and keep a
 * careless paste or a hostile file to a clear message within seconds, in
 * bounded memory, instead of a crash deep inside a parser. README lists them.
 */
export const limits = {
	/** A guide file, in bytes. */
	guideBytes: 512 * 1024,
	/** site.yml, ui.yml or glossary.yml, in bytes. */
	yamlBytes: 256 * 1024,
	/** One line, in characters: a paragraph is one line, and even a long one is a few thousand. */
	lineLength: 20_000,
	/** Parts inside parts: quotes, lists, boxes, emphasis. */
	nesting: 100,
};

export function tooLarge(bytes: number, max: number, file: string, what: string): ContentProblem | undefined {
	if (bytes <= max) return undefined;
	return {
		file,
		problem: `The file is ${Math.ceil(bytes / 1024)} KiB, larger than the ${max / 1024} KiB ${what} may be`,
		fix: 'Check that nothing was pasted by mistake; split a guide that really is this long into several guides',
	};
}

/** The first line longer than the limit, as a problem. */
export function tooLongLine(text: string, file: string, firstLine = 1): ContentProblem | undefined {
	let start = 0;
	for (let line = firstLine; start <= text.length; line++) {
		const end = text.indexOf('\n', start);
		const length = (end < 0 ? text.length : end) - start;
		if (length > limits.lineLength) {
			return {
				file,
				line,
				problem: `This line is ${length.toLocaleString('en')} characters long, more than the ${limits.lineLength.toLocaleString('en')} a line may have`,
				fix: 'Break it into paragraphs (an empty line between them), or check that nothing was pasted by mistake',
			};
		}
		if (end < 0) break;
		start = end + 1;
	}
	return undefined;
}

interface Node {
	children?: Node[];
	position?: { start: { line: number } };
}

/**
 * Too many parts inside each other. Walked without recursion, before anything
 * else walks the tree recursively and would run out of stack.
 */
export function tooDeep(tree: Node, file: string): ContentProblem | undefined {
	const stack: [Node, number][] = [[tree, 0]];
	while (stack.length) {
		const [node, depth] = stack.pop()!;
		if (depth > limits.nesting) {
			return {
				file,
				line: node.position?.start.line,
				problem: `The text here is nested more than ${limits.nesting} levels deep (quotes, lists, boxes or emphasis inside each other)`,
				fix: 'Take the parts out of each other; a guide needs only a few levels, such as a list inside a box',
			};
		}
		for (const child of node.children ?? []) stack.push([child, depth + 1]);
	}
	return undefined;
}
