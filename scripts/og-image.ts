// Draws public/og.png, the link-preview image (a plain shield on a calm
// background, 1200×630, a few KB: WhatsApp drops previews over 300 KB), and
// public/favicon.png, the same shield at 64×64.
// Run it again only to change the design: `node scripts/og-image.ts`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const background = [11, 92, 173];
const shield = [255, 255, 255];
const check = [11, 92, 173];

// The design is drawn on a 1200×630 canvas; smaller images sample it.
const width = 1200;

function inShield(x: number, y: number): boolean {
	const cx = width / 2;
	const top = 125;
	const bottom = 505;
	const half = 150;
	if (y < top || y > bottom) return false;
	const t = (y - top) / (bottom - top);
	// Straight sides for the upper half, then a curve down to the point.
	const w = t < 0.45 ? half : half * Math.sqrt(Math.max(0, 1 - ((t - 0.45) / 0.55) ** 2));
	return Math.abs(x - cx) <= w;
}

function inCheck(x: number, y: number): boolean {
	const distance = (ax: number, ay: number, bx: number, by: number) => {
		const dx = bx - ax;
		const dy = by - ay;
		const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
		return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
	};
	return distance(530, 315, 585, 370) < 18 || distance(585, 370, 680, 255) < 18;
}

/** Pixel rows of the region (left, top, size×size or w×h) scaled to outWidth×outHeight. */
function draw(left: number, top: number, w: number, h: number, outWidth: number, outHeight: number): Buffer[] {
	const rows: Buffer[] = [];
	for (let y = 0; y < outHeight; y++) {
		const row = Buffer.alloc(1 + outWidth * 3);
		for (let x = 0; x < outWidth; x++) {
			const sx = left + ((x + 0.5) * w) / outWidth;
			const sy = top + ((y + 0.5) * h) / outHeight;
			row.set(inShield(sx, sy) ? (inCheck(sx, sy) ? check : shield) : background, 1 + x * 3);
		}
		rows.push(row);
	}
	return rows;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
const crc = (bytes: Buffer) => {
	let c = 0xffffffff;
	for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const sum = Buffer.alloc(4);
	sum.writeUInt32BE(crc(body));
	return Buffer.concat([length, body, sum]);
};
function png(rows: Buffer[], w: number, h: number): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(w, 0);
	header.writeUInt32BE(h, 4);
	header.set([8, 2, 0, 0, 0], 8);
	return Buffer.concat([
		Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

for (const [name, image] of [
	['og.png', png(draw(0, 0, 1200, 630, 1200, 630), 1200, 630)],
	['favicon.png', png(draw(410, 105, 380, 380, 64, 64), 64, 64)],
] as const) {
	writeFileSync(new URL(`../public/${name}`, import.meta.url), image);
	console.log(`public/${name}: ${image.length} bytes`);
}
