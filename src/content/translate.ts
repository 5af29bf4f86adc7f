/**
 * Text edits behind `npm run translate`. They touch only the two fields that
 * record where a translation came from; everything a translator wrote stays
 * byte for byte as it was.
 */

/** Where the frontmatter ends: the index of the closing "---" line. */
function closingFence(text: string): number {
	const start = text.startsWith('\uFEFF') ? 1 : 0;
	const firstLineEnd = text.indexOf('\n', start);
	if (!/^---[ \t]*\r?$/.test(text.slice(start, firstLineEnd))) {
		throw new Error('The file does not start with its fields between two lines of three dashes (---).');
	}
	const closing = /^---[ \t]*\r?$/m.exec(text.slice(firstLineEnd + 1));
	if (!closing) throw new Error('The fields at the top of the file are not closed with a line of three dashes (---).');
	return firstLineEnd + 1 + closing.index;
}

/** A new translation: the English text, plus the code of the English file and the review level. */
export function scaffoldTranslation(englishText: string, englishHash: string, review: string): string {
	const end = closingFence(englishText);
	const newline = englishText.includes('\r\n') ? '\r\n' : '\n';
	return `${englishText.slice(0, end)}translatedFrom: ${englishHash}${newline}review: ${review}${newline}${englishText.slice(end)}`;
}

/** Records that a translation now matches the English file with `englishHash`. */
export function recordTranslatedFrom(translationText: string, englishHash: string): string {
	const end = closingFence(translationText);
	const head = translationText.slice(0, end);
	const line = /^translatedFrom:[^\r\n]*$/m;
	if (line.test(head)) return head.replace(line, `translatedFrom: ${englishHash}`) + translationText.slice(end);
	const newline = translationText.includes('\r\n') ? '\r\n' : '\n';
	return `${head}translatedFrom: ${englishHash}${newline}${translationText.slice(end)}`;
}

/** The translatedFrom code written in a translation, if any. */
export function translatedFromOf(translationText: string): string | undefined {
	const head = translationText.slice(0, closingFence(translationText));
	return /^translatedFrom:\s*["']?([0-9a-f]+)["']?\s*$/m.exec(head)?.[1];
}
