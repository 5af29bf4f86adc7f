import { Worker } from 'node:worker_threads';
import { precomputedQr, type QrLookup, type QrModules } from '../lib/qr.ts';

/**
 * Has the QR code of every address computed on a second thread, which the
 * pages then take ready-made (qrSvgSoon). The thread starts when the first
 * page asks for a code: by then Vite has finished bundling, which keeps both
 * cores busy, and page rendering runs on one thread, which leaves the other
 * idle. Any code the thread cannot deliver is computed on the spot instead.
 */
export function precomputeQrCodes(texts: string[]): void {
	let codes: Map<string, Promise<QrModules>> | undefined;
	const start = () => {
		const pending = new Map<string, { promise: Promise<QrModules>; resolve: (modules: QrModules) => void; reject: (error: Error) => void }>();
		for (const text of new Set(texts)) {
			let resolve!: (modules: QrModules) => void;
			let reject!: (error: Error) => void;
			const promise = new Promise<QrModules>((yes, no) => ((resolve = yes), (reject = no)));
			promise.catch(() => {});
			pending.set(text, { promise, resolve, reject });
		}
		const worker = new Worker(new URL('./qr-worker.ts', import.meta.url), { workerData: [...pending.keys()] });
		// The build must not wait for this thread before it can exit.
		worker.unref();
		worker.on('message', (batch: [string, QrModules][]) => {
			for (const [text, modules] of batch) pending.get(text)?.resolve(modules);
		});
		worker.on('error', (error) => {
			for (const { reject } of pending.values()) reject(error);
		});
		return new Map([...pending].map(([text, { promise }]) => [text, promise]));
	};
	const lookup: QrLookup = (text) => (codes ??= start()).get(text);
	(globalThis as { [precomputedQr]?: QrLookup })[precomputedQr] = lookup;
}
