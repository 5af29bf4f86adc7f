/**
 * A guide as text that travels without the web: a WhatsApp message an
 * advocate pastes into a group, and SMS segments a partner's SMS service sends
 * to phones without data.
 */

/** WhatsApp's marks (*bold*, _italic_, ~strike~, `code`) inside the text would garble the message. */
const plain = (text: string) => text.replace(/[*_~`]/g, '').replace(/\s+/g, ' ').trim();

/** Cuts text at the last word boundary before `max` characters, marking the cut. */
function shorten(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, Math.max(0, max - 1));
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The guide's title in bold, its In short as a list, and its address, in at
 * most `max` characters (WhatsApp shows long messages folded, and groups
 * forward short ones): lines that do not fit are left out, the address never.
 */
export function guideMessage(title: string, inShort: readonly string[], url: string, max = 1000): string {
	const head = `*${shorten(plain(title), 200)}*`;
	const lines: string[] = [];
	for (const line of inShort.map(plain)) {
		const next = [head, ...lines, `• ${line}`, url].join('\n');
		if (next.length <= max) lines.push(`• ${line}`);
		else {
			const room = max - [head, ...lines, url].join('\n').length - 3;
			if (room > 40) lines.push(`• ${shorten(line, room)}`);
			break;
		}
	}
	return [head, ...lines, url].join('\n');
}

// GSM 03.38: the characters a plain SMS carries in 7 bits, and those that take two.
const gsmBasic = new Set('@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà');
const gsmExtended = new Set('^{}\\[~]|€\f');

/**
 * The size of a text in one SMS, and what one SMS holds: 160 characters of
 * the GSM alphabet (the extended ones count twice), or 70 UTF-16 units as soon
 * as one character is outside it (Arabic, Chinese, ğ, ş, most accents).
 */
export function smsCost(text: string): { used: number; limit: number } {
	let septets = 0;
	for (const char of text) {
		if (gsmBasic.has(char)) septets += 1;
		else if (gsmExtended.has(char)) septets += 2;
		else return { used: text.length, limit: 70 };
	}
	return { used: septets, limit: 160 };
}

const fits = (text: string) => {
	const { used, limit } = smsCost(text);
	return used <= limit;
};

/**
 * Cuts text into parts that each fit one SMS, at word boundaries (Intl's, so
 * Chinese, written without spaces, is cut between words too); a word longer
 * than an SMS is cut between characters.
 */
export function smsSegments(text: string, lang: string): string[] {
	const words = [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(plain(text))].map((part) => part.segment);
	const segments: string[] = [];
	let current = '';
	const close = () => {
		if (current.trim()) segments.push(current.trim());
		current = '';
	};
	for (const word of words) {
		if (fits(current + word)) {
			current += word;
			continue;
		}
		close();
		if (!word.trim()) continue;
		for (const char of word) {
			if (!fits(current + char)) close();
			current += char;
		}
	}
	close();
	return segments;
}
