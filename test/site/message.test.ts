import { describe, expect, test } from 'vitest';
import { guideMessage, smsCost, smsSegments } from '../../src/site/message.ts';

describe('guideMessage', () => {
	test('the title in WhatsApp bold, the In short as a list, then the address', () => {
		expect(guideMessage('Your phone at the border', ['Switch it off.', 'You may stay silent.'], 'https://g.example/en/border/')).toBe(
			'*Your phone at the border*\n• Switch it off.\n• You may stay silent.\nhttps://g.example/en/border/',
		);
	});

	test('marks inside the text cannot break the bold', () => {
		expect(guideMessage('*Cuidado* con _esto_', ['a ~b~'], 'https://g.example/')).toBe('*Cuidado con esto*\n• a b\nhttps://g.example/');
	});

	test('stays within 1,000 characters and always keeps the address', () => {
		const long = 'palabra '.repeat(100).trim();
		const message = guideMessage('Título', [long, long, long], 'https://g.example/es/x/');
		expect(message.length).toBeLessThanOrEqual(1000);
		expect(message.endsWith('\nhttps://g.example/es/x/')).toBe(true);
		expect(message).toContain('…');
	});
});

describe('smsSegments', () => {
	test('plain Latin text is cut into parts of at most 160 characters, between words', () => {
		const text = 'Keep your phone locked with a PIN and turn off face unlock before you travel. '.repeat(6);
		const segments = smsSegments(text, 'en');
		expect(segments.length).toBeGreaterThan(2);
		for (const segment of segments) {
			expect(segment.length).toBeLessThanOrEqual(160);
			expect(text).toContain(segment);
		}
		expect(segments.join(' ')).toBe(text.trim());
	});

	test('a text with Arabic, Chinese or Turkish letters takes parts of 70', () => {
		for (const [text, lang] of [['لا تفتح هاتفك لأحد. '.repeat(12), 'ar'], ['不要把手机密码告诉别人。'.repeat(12), 'zh'], ['Telefonunuzu kilitli tutun, şifrenizi paylaşmayın. '.repeat(5), 'tr']]) {
			const segments = smsSegments(text, lang);
			expect(segments.length).toBeGreaterThan(1);
			for (const segment of segments) expect(segment.length, segment).toBeLessThanOrEqual(70);
			expect(segments.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
		}
	});

	test('GSM extended characters count twice, and one non-GSM letter makes it Unicode', () => {
		expect(smsCost('a€b')).toEqual({ used: 4, limit: 160 });
		expect(smsCost('ça va')).toEqual({ used: 5, limit: 70 });
		expect(smsCost('Ça va')).toEqual({ used: 5, limit: 160 });
	});
});
