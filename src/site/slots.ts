/**
 * What a page cannot know when it is rendered, because the file it describes
 * is made later: the size and checksum of each handbook file on the downloads
 * page. The page renders a slot; the finishing step (or the development
 * server) fills it once the file exists (src/finish/downloads.ts).
 */
export type DownloadFact = 'size' | 'sha256';

export function downloadSlot(fact: DownloadFact, name: string): string {
	return `__HANDBOOK_${fact.toUpperCase()}:${name}__`;
}

/** Stands in a handbook for a guide's body, which the built guide page supplies (src/finish/handbooks.ts). */
export function bodyMarker(lang: string, slug: string): string {
	return `@@handbook-body:${lang}/${slug}@@`;
}

export const bodyMarkerPattern = /@@handbook-body:([^/@]+)\/([^@]+)@@/g;

export const downloadSlotPattern = /__HANDBOOK_(SIZE|SHA256):([^_]+)__/g;
