import { resolve } from 'node:path';

/**
 * Where the content lives. An organisation's fork uses ./content; tests and the
 * benchmark point RESGUARDO_CONTENT at a fixture instead.
 */
export function contentDirectory(root: string = process.cwd()): string {
	return resolve(root, process.env.RESGUARDO_CONTENT ?? 'content');
}

/**
 * The date the site is built for, as YYYY-MM-DD: it decides which guides are
 * flagged as not checked for over a year. SOURCE_DATE_EPOCH (seconds, the
 * reproducible-builds convention) fixes it, so a test or a rebuild of an old
 * release gets the same pages; otherwise it is today, in UTC.
 */
export function buildDate(): string {
	const epoch = process.env.SOURCE_DATE_EPOCH?.trim();
	const date = epoch && /^\d{1,12}$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
	return date.toISOString().slice(0, 10);
}
