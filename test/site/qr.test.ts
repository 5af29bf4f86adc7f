import { expect, test } from 'vitest';
import { qrSvg } from '../../src/site/qr.ts';
import { decodeQrSvg } from '../support/qr.ts';

test('a QR code scans back to the address it was made for', () => {
	for (const url of ['https://guide.example/ar/metadata/', 'https://guide.example/zh/handbook.html', 'https://guide.example/es/s/3fa9c2/']) {
		expect(decodeQrSvg(qrSvg(url, 'Guide'))).toBe(url);
	}
});

test('the label is escaped, so a guide title cannot break the markup', () => {
	const svg = qrSvg('https://guide.example/', 'Say "no" & <stay>');
	expect(svg).toContain('aria-label="Say &quot;no&quot; &amp; &lt;stay>"');
	expect(svg).not.toContain('<stay>');
});
