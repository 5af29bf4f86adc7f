import { LineCounter, isCollection, parseDocument, visit } from 'yaml';
import type { ContentProblem } from './errors.ts';

export interface YamlSource {
	data: unknown;
	/** The file line of the value at `path`, or of its nearest existing parent. */
	lineOf(path: readonly PropertyKey[]): number;
	problems: ContentProblem[];
}

/**
 * Parses YAML keeping line numbers, so schema errors can point at the exact line.
 * `firstLine` is the file line the YAML text starts on (frontmatter starts on line 2).
 */
export function parseYamlSource(text: string, file: string, firstLine = 1): YamlSource {
	const lineCounter = new LineCounter();
	// The failsafe schema reads every value as text, exactly as written: a year
	// (2019), a code of digits (000123456789) or "no" never turns into a number
	// or a boolean behind the translator's back. Schemas convert what must be numbers.
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'failsafe' });
	const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	const problems: ContentProblem[] = doc.errors.map((error) => ({
		file,
		line: toFileLine(error.pos[0]),
		column: lineCounter.linePos(error.pos[0]).col,
		problem: `This YAML cannot be read: ${yamlReason(error.code, error.message)}`,
		fix: 'Check that each line is "key: value", that indentation uses spaces (not tabs) and lines up, and put text containing ": " or "#" inside "double quotes"',
	}));
	let data: unknown;
	if (!problems.length) {
		try {
			data = doc.toJS();
		} catch {
			// The library refuses aliases (*name) that would multiply the text far
			// beyond its size, a way to exhaust the build's memory.
			let offset = 0;
			visit(doc, {
				Alias: (_, node) => {
					offset = node.range?.[0] ?? 0;
					return visit.BREAK;
				},
			});
			problems.push({
				file,
				line: toFileLine(offset),
				column: lineCounter.linePos(offset).col,
				problem: 'This YAML repeats other parts of itself (with & and *) so often that it would grow far beyond its size',
				fix: 'Write each value out in full; content files never need & or * (put text that starts with * inside "double quotes")',
			});
		}
	}
	return {
		data,
		problems,
		lineOf(path) {
			for (let depth = path.length; depth >= 0; depth--) {
				const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
				const range = node?.range ?? (depth === 0 && isCollection(doc.contents) ? doc.contents.range : undefined);
				if (range) return toFileLine(range[0]);
			}
			return firstLine;
		},
	};
}

function yamlReason(code: string, message: string): string {
	switch (code) {
		case 'DUPLICATE_KEY':
			return 'the same key appears twice';
		case 'TAB_AS_INDENT':
			return 'a tab is used for indentation';
		case 'BAD_INDENT':
		case 'MISSING_CHAR':
			return 'the indentation or punctuation is wrong';
		case 'MULTILINE_IMPLICIT_KEY':
			return 'a key seems to continue over several lines (a missing ":" or quote?)';
		default:
			if (/compact mapping|implicit map keys/i.test(message)) return 'a value contains a colon (":") that is not inside quotes';
			return message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '').toLowerCase();
	}
}
