import { createHash } from 'node:crypto';
import { downloadSlotPattern } from '../site/slots.ts';

/** What the downloads page says of a handbook file: its size and SHA-256 checksum. */
export interface DownloadFacts {
	sha256: string;
	size: string;
}

export function downloadFacts(bytes: Uint8Array): DownloadFacts {
	return { sha256: createHash('sha256').update(bytes).digest('hex'), size: `${Math.ceil(bytes.length / 1024)} KB` };
}

/** Fills a rendered downloads page's slots (see downloadSlot) with the facts of each file, by file name. */
export function fillDownloads(html: string, factsOf: (name: string) => DownloadFacts): string {
	return html.replace(downloadSlotPattern, (_, fact: string, name: string) => (fact === 'SIZE' ? factsOf(name).size : factsOf(name).sha256));
}
