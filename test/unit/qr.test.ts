import { afterEach, expect, test } from 'vitest';
import { precomputeQrCodes } from '../../src/integrations/qr-codes.ts';
import { precomputedQr, qrSvg, qrSvgSoon } from '../../src/lib/qr.ts';

afterEach(() => {
	delete (globalThis as Record<symbol, unknown>)[precomputedQr];
});

test('codes computed ahead of time on another thread are the same as codes computed on the spot', async () => {
	const urls = Array.from({ length: 60 }, (_, i) => `https://guide.example/ar/guide-${i}/`);
	precomputeQrCodes(urls);
	for (const url of urls) expect(await qrSvgSoon(url, 'Guide')).toBe(qrSvg(url, 'Guide'));
	// An address the build did not list is computed on the spot.
	expect(await qrSvgSoon('https://guide.example/other/', 'Other "one"')).toBe(qrSvg('https://guide.example/other/', 'Other "one"'));
});

test('if the other thread fails, the code is computed on the spot', async () => {
	(globalThis as Record<symbol, unknown>)[precomputedQr] = () => Promise.reject(new Error('thread stopped'));
	expect(await qrSvgSoon('https://guide.example/en/x/', 'X')).toBe(qrSvg('https://guide.example/en/x/', 'X'));
});
