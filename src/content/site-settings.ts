import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Astro needs the site address and its folder before the content is checked.
 * This reads just the `url` of site.yml, tolerating a broken file (the content
 * check reports that properly, with its line).
 */
export function siteBase(contentDir: string): { site?: string; base: string } {
	try {
		const url = new URL(parse(readFileSync(join(contentDir, 'site.yml'), 'utf8')).url);
		const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
		return { site: url.origin, base };
	} catch {
		return { base: '/' };
	}
}

/** Declared language codes, read leniently (for command-line tools that run before a full check). */
export function siteLanguages(contentDir: string): string[] {
	try {
		const site = parse(readFileSync(join(contentDir, 'site.yml'), 'utf8'));
		return (site.languages ?? []).map((l: { code: unknown }) => String(l.code));
	} catch {
		return [];
	}
}
