import { expect, test } from 'vitest';
import { parseMdx } from '../../src/content/mdx-source.ts';
import { gradeLevel, proseSentences, splitSentences } from './readability.ts';

test('splits sentences but keeps case names and abbreviations whole', () => {
	expect(splitSentences('Smith v. Maryland was decided in 1979. It is old! Is it? Yes.')).toEqual([
		'Smith v. Maryland was decided in 1979.',
		'It is old!',
		'Is it?',
		'Yes.',
	]);
	expect(splitSentences('See 18 U.S.C. § 3123. Then stop.')).toEqual(['See 18 U.S.C. § 3123.', 'Then stop.']);
});

test('reads paragraphs and list items, not headings, tables or frontmatter', () => {
	const tree = parseMdx('---\ntitle: A long title that is not prose\n---\n\n## Heading here\n\nOne short line. Two.\n\n- A list item\n\n| a | b |\n|---|---|\n| cell | cell |\n', 'x.mdx').tree;
	expect(proseSentences(tree)).toEqual(['One short line.', 'Two.', 'A list item']);
});

test('grades short plain sentences low and long dense ones high', () => {
	const plain = gradeLevel(['Turn off face unlock.', 'Use a long passcode.', 'Keep your phone with you.']);
	const dense = gradeLevel([
		'Notwithstanding constitutional considerations, investigative authorities frequently necessitate comprehensive electronic communications metadata acquisition through judicially authorized mechanisms.',
	]);
	expect(plain).toBeLessThan(4);
	expect(dense).toBeGreaterThan(16);
});
