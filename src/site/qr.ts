import { encode } from 'uqr';

/** A QR code's dark modules as one SVG path, and its width in modules. */
export interface QrModules {
	size: number;
	path: string;
}

/**
 * Encodes `text` as QR modules. Each row's runs of dark modules become short
 * lines of one path, which keeps the markup small: it is on every guide page.
 * Choosing the mask that scans best takes most of the time (about 0.7 ms a
 * code); computing the codes on a second thread while pages render gained
 * nothing measurable (docs/benchmarks.md).
 */
export function qrModules(text: string): QrModules {
	const { data, size } = encode(text, { border: 2 });
	let path = '';
	data.forEach((row, y) => {
		// Each run of dark modules is a line one module thick along the row's middle:
		// the first from its absolute start, the next ones from the end of the last.
		let x = 0;
		let end = -1;
		while (x < size) {
			if (!row[x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < size && row[x]) x++;
			path += end < 0 ? `M${start} ${y}.5h${x - start}` : `m${start - end} 0h${x - start}`;
			end = x;
		}
	});
	return { size, path };
}

/** A QR code as a small inline SVG (no image file, no request). */
export function qrSvgOf({ size, path }: QrModules, label: string): string {
	const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	return `<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escaped}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" stroke="#000"/></svg>`;
}

// A guide's address is drawn on its page, its pocket card and its language's
// page of cards: each code is computed once per build.
const drawn = new Map<string, QrModules>();

export function qrSvg(text: string, label: string): string {
	let modules = drawn.get(text);
	if (!modules) {
		modules = qrModules(text);
		drawn.set(text, modules);
	}
	return qrSvgOf(modules, label);
}
