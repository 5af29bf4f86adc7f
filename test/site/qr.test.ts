import jsQR from 'jsqr';
import { expect, test } from 'vitest';
import { qrModules, qrSvg } from '../../src/site/qr.ts';

/** Draws the modules' rectangles into pixels (4 per module), as a phone's camera would see them. */
function decode(text: string): string | undefined {
	const { size, path } = qrModules(text);
	const scale = 4;
	const width = size * scale;
	const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
	for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1H\d+z/g)) {
		for (let dy = 0; dy < scale; dy++) {
			for (let dx = 0; dx < Number(w) * scale; dx++) {
				const at = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
				pixels.fill(0, at, at + 3);
			}
		}
	}
	return jsQR(pixels, width, width)?.data;
}

test('a QR code scans back to the address it was made for, in any script', () => {
	for (const url of ['https://guide.example/ar/metadata/', 'https://guide.example/zh/handbook.html', 'https://guide.example/es/s/3fa9c2/']) {
		expect(decode(url)).toBe(url);
	}
});

test('the label is escaped, so a guide title cannot break the markup', () => {
	const svg = qrSvg('https://guide.example/', 'Say "no" & <stay>');
	expect(svg).toContain('aria-label="Say &quot;no&quot; &amp; &lt;stay>"');
	expect(svg).not.toContain('<stay>');
});
