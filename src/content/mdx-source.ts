import { mdxToMdast } from 'satteri';
import type { ContentProblem } from './errors.ts';

/**
 * Reads a content file's bytes the way a translator's editor would show them,
 * and parses it with the same MDX parser Astro uses, so the policy sees exactly
 * what the build would compile.
 */

export interface DecodedText {
	text?: string;
	problem?: ContentProblem;
}

/** UTF-8 only; a byte-order mark is accepted (some editors add one) and dropped. */
export function decodeContent(bytes: Uint8Array, file: string): DecodedText {
	try {
		const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
		if (text.includes('\u0000')) {
			return { problem: { file, line: lineAt(text, text.indexOf('\u0000')), problem: 'The file contains a NUL character, so it is not a text file', fix: 'Save the file again as plain text (UTF-8)' } };
		}
		return { text: text.replace(/\r\n?/g, '\n') };
	} catch {
		const good = new TextDecoder('utf-8').decode(bytes.subarray(0, firstInvalidByte(bytes)));
		return {
			problem: {
				file,
				line: good.split('\n').length,
				problem: 'The file is not saved as UTF-8, so some letters would show as garbage',
				fix: 'Open it in your editor and save it again with the encoding "UTF-8"',
			},
		};
	}
}

function firstInvalidByte(bytes: Uint8Array): number {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let low = 0;
	let high = bytes.length;
	// Binary search for the longest valid prefix (allowing a cut inside a multi-byte letter).
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		try {
			decoder.decode(bytes.subarray(0, mid), { stream: true });
			low = mid;
		} catch {
			high = mid - 1;
		}
	}
	return low;
}

function lineAt(text: string, index: number): number {
	return text.slice(0, index).split('\n').length;
}

export interface ParsedMdx {
	tree?: any;
	problem?: ContentProblem;
}

export function parseMdx(text: string, file: string): ParsedMdx {
	try {
		return { tree: mdxToMdast(text) };
	} catch (error) {
		return { problem: explainParseError(String((error as Error).message ?? error), file) };
	}
}

/** Turns the MDX parser's messages into sentences a translator can act on. */
export function explainParseError(message: string, file: string): ContentProblem {
	const match = /^(\d+):(\d+):\s*(.*)$/s.exec(message);
	const line = match ? Number(match[1]) : undefined;
	const column = match ? Number(match[2]) : undefined;
	const detail = match ? match[3] : message;
	const at = { file, line, column };
	if (detail.includes('create a comment in MDX')) {
		return { ...at, problem: 'Comments written as <!-- … --> are not allowed', fix: 'Delete the comment, or ask in your translation request instead' };
	}
	const unclosed = /Expected a closing tag for `<([^>]*)>`/.exec(detail);
	if (unclosed) {
		return { ...at, problem: `The tag <${unclosed[1]}> is opened here but never closed`, fix: `Add </${unclosed[1].split(' ')[0]}> on its own line after the text it wraps (HTML tags are not allowed at all)` };
	}
	const mismatched = /Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/.exec(detail);
	if (mismatched) {
		return { ...at, problem: `The closing tag </${mismatched[1]}> does not match the open tag <${mismatched[2]}>`, fix: `Close <${mismatched[2]}> first, with </${mismatched[2]}>` };
	}
	const stray = /Unexpected closing tag `<\/([^>]*)>`/.exec(detail);
	if (stray) {
		return { ...at, problem: `The closing tag </${stray[1]}> has no opening tag`, fix: `Add <${stray[1]}> before it, or delete it` };
	}
	if (detail.includes('closing brace')) {
		return { ...at, problem: 'A curly brace { is opened but never closed (curly braces are program code in MDX)', fix: 'Remove the brace, or write \\{ to show a brace as text' };
	}
	if (detail.includes('after `<`') || detail.includes('before name')) {
		return { ...at, problem: 'A "<" sign here starts a tag, but no valid tag follows', fix: 'Write "less than" in words, or write \\< to show the sign' };
	}
	return { ...at, problem: `This part of the file cannot be read (${detail.replace(/\s*\([a-z-]+:[a-z-]+\)$/, '')})`, fix: 'Check for a "<" or "{" that is not part of a component; write \\< or \\{ to show them as text' };
}
