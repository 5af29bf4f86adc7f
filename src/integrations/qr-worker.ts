// The thread behind precomputeQrCodes: encodes each text in order and sends
// the codes back in batches, so the pages rendered first get theirs first.
import { parentPort, workerData } from 'node:worker_threads';
import { qrModules, type QrModules } from '../lib/qr.ts';

let batch: [string, QrModules][] = [];
for (const text of workerData as string[]) {
	batch.push([text, qrModules(text)]);
	if (batch.length === 25) {
		parentPort!.postMessage(batch);
		batch = [];
	}
}
parentPort!.postMessage(batch);
