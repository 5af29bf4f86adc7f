import { resolve } from 'node:path';

/**
 * Where the content lives. An organisation's fork uses ./content; tests and the
 * benchmark point RESGUARDO_CONTENT at a fixture instead.
 */
export function contentDirectory(root: string = process.cwd()): string {
	return resolve(root, process.env.RESGUARDO_CONTENT ?? 'content');
}
