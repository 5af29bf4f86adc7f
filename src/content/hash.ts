import { createHash } from 'node:crypto';

/**
 * The version of an English guide that translations record in `translatedFrom`.
 * Hashes the text as an editor shows it (line endings and a byte-order mark do
 * not count), so re-saving a file on another system does not mark every
 * translation outdated. Twelve hex digits: short enough to copy by hand.
 */
export function contentHash(text: string): string {
	const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	return createHash('sha256').update(normalised, 'utf8').digest('hex').slice(0, 12);
}
