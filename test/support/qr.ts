import jsQR from 'jsqr';

/** Reads an inline QR code (src/site/qr.ts draws it as lines along each row) as a phone's camera would, 4 pixels a module. */
export function decodeQrSvg(svg: string): string | undefined {
	const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1]);
	const path = /<path d="([^"]+)"/.exec(svg)![1];
	const scale = 4;
	const width = size * scale;
	const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
	let x = 0;
	let y = 0;
	for (const [, command, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
		if (command === 'M') [x, y] = [Number(a), Math.floor(Number(b))];
		else if (command === 'm') x += Number(a);
		else {
			for (let dy = 0; dy < scale; dy++) {
				const row = (y * scale + dy) * width;
				for (let dx = 0; dx < Number(a) * scale; dx++) pixels.fill(0, (row + x * scale + dx) * 4, (row + x * scale + dx) * 4 + 3);
			}
			x += Number(a);
		}
	}
	return jsQR(pixels, width, width)?.data;
}
