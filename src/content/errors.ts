/**
 * One error shape for everything a contributor can get wrong, so that every
 * message reads the same way: `path:line:column — What is wrong. How to fix it.`
 * Translators are not programmers: `problem` and `fix` are plain sentences.
 */
export interface ContentProblem {
	/** Path relative to the project root, with forward slashes. */
	file: string;
	line?: number;
	column?: number;
	problem: string;
	fix: string;
}

export function formatProblem(p: ContentProblem): string {
	const where = [p.file, p.line, p.line !== undefined ? p.column : undefined]
		.filter((part) => part !== undefined)
		.join(':');
	return `${where} — ${sentence(p.problem)} ${sentence(p.fix)}`;
}

function sentence(text: string): string {
	const trimmed = text.trim();
	return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Problems in file order, so a translator can work top to bottom. */
export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
	return [...problems].sort(
		(a, b) =>
			a.file.localeCompare(b.file) ||
			(a.line ?? 0) - (b.line ?? 0) ||
			(a.column ?? 0) - (b.column ?? 0),
	);
}

/** Every problem in file order, then how many and what to run again: what `npm run check` and `npm run dev` print. */
export function problemReport(problems: ContentProblem[], command: string): string {
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	return `${sortProblems(problems).map(formatProblem).join('\n')}\n\n${count} found. Fix them and run "${command}" again.`;
}

/** Thrown by the build when content is broken; carries every problem found, not just the first. */
export class ContentCheckError extends Error {
	readonly problems: ContentProblem[];
	constructor(problems: ContentProblem[]) {
		const sorted = sortProblems(problems);
		const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
		super(
			`The content has ${count}. Nothing was published; the previous site is unchanged.\n` +
				sorted.map(formatProblem).join('\n'),
		);
		this.name = 'ContentCheckError';
		this.problems = sorted;
	}
}

/**
 * What a command prints when it stops on something that is not a content
 * problem. A mistake in how the command was called is the caller's to fix;
 * anything else is a bug in the generator, and the reader is told so, in one
 * paragraph, instead of a stack trace that would suggest their file is to blame.
 */
export function describeFailure(error: unknown): { message: string; code: number } {
	const err = error as { name?: string; code?: string; message?: string } | undefined;
	if (err?.name === 'ContentCheckError') return { message: err.message ?? '', code: 1 };
	if (typeof err?.code === 'string' && err.code.startsWith('ERR_PARSE_ARGS')) {
		return { message: `${sentenceOf(err.message ?? 'The command line is not right')} See the README for how to run this command.`, code: 1 };
	}
	const what = err?.message ?? String(error);
	return {
		message:
			`Resguardo stopped because of an error in the generator itself, not in your content: ${sentenceOf(what)}\n` +
			'Nothing was published; the previous site is unchanged. Please report this, with the command you ran and this message, to the people who maintain the generator (the project\'s issue tracker).',
		code: 2,
	};
}

function sentenceOf(text: string): string {
	const line = text.split('\n')[0].trim();
	return /[.!?]$/.test(line) ? line : `${line}.`;
}
