import { expect, test } from 'vitest';
import { ContentCheckError, describeFailure, formatProblem } from '../../src/content/errors.ts';

test('formats a problem as path:line:column — problem. Fix.', () => {
	expect(formatProblem({ file: 'content/es/guides/a.mdx', line: 12, column: 3, problem: 'This is wrong', fix: 'Do this' })).toBe(
		'content/es/guides/a.mdx:12:3 — This is wrong. Do this.',
	);
	expect(formatProblem({ file: 'content/xx/', problem: 'Folder.', fix: 'Rename it.' })).toBe('content/xx/ — Folder. Rename it.');
});

test('a content error lists every problem in file order', () => {
	const error = new ContentCheckError([
		{ file: 'b.mdx', line: 1, problem: 'p', fix: 'f' },
		{ file: 'a.mdx', line: 9, problem: 'p', fix: 'f' },
		{ file: 'a.mdx', line: 2, problem: 'p', fix: 'f' },
	]);
	expect(error.message.split('\n').slice(1)).toEqual(['a.mdx:2 — p. f.', 'a.mdx:9 — p. f.', 'b.mdx:1 — p. f.']);
	expect(error.message).toMatch(/3 problems/);
});

test('an unexpected error is the generator’s fault, said in plain words, without a stack trace', () => {
	const { message, code } = describeFailure(new TypeError("Cannot read properties of undefined (reading 'x')\n    at somewhere (file.ts:1:1)"));
	expect(code).toBe(2);
	expect(message).toContain("error in the generator itself, not in your content: Cannot read properties of undefined (reading 'x').");
	expect(message).toContain('Please report this');
	expect(message).not.toMatch(/\bat .+:\d+:\d+/);
});

test('a mistake in how a command was called, or in the content, is the caller’s to fix', () => {
	const usage = Object.assign(new TypeError("Unknown option '--jsn'"), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });
	expect(describeFailure(usage)).toEqual({ message: "Unknown option '--jsn'. See the README for how to run this command.", code: 1 });
	const content = new ContentCheckError([{ file: 'a.mdx', line: 2, problem: 'p', fix: 'f' }]);
	expect(describeFailure(content)).toEqual({ message: content.message, code: 1 });
});
