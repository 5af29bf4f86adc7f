import { expect, test } from 'vitest';
import { ContentCheckError, formatProblem } from '../../src/lib/errors.ts';

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
