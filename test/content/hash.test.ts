import { expect, test } from 'vitest';
import { contentHash } from '../../src/content/hash.ts';

test('is twelve hex digits and changes when the text changes', () => {
	const a = contentHash('---\ntitle: A\n---\n\nText.\n');
	expect(a).toMatch(/^[0-9a-f]{12}$/);
	expect(contentHash('---\ntitle: A\n---\n\nText!\n')).not.toBe(a);
});

test('ignores line endings and a byte-order mark, which editors change on their own', () => {
	const text = '---\ntitle: A\n---\n\nText.\n';
	expect(contentHash(text.replace(/\n/g, '\r\n'))).toBe(contentHash(text));
	expect(contentHash(`\uFEFF${text}`)).toBe(contentHash(text));
});
