import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { listFilesUnder } from '../support/dist.ts';

/*
 * Every internal link and #fragment in the built site leads somewhere, in
 * every language. Checked on the files, not by crawling anything live.
 */
function brokenLinks(dist: string): string[] {
	const broken: string[] = [];
	const idsOf = new Map<string, Set<string>>();
	const ids = (file: string) => {
		if (!idsOf.has(file)) idsOf.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
		return idsOf.get(file)!;
	};
	for (const page of listFilesUnder(dist).filter((f) => f.endsWith('.html'))) {
		const html = readFileSync(join(dist, page), 'utf8');
		// 404.html is served at any address; its links start from the site root.
		const base = page === '404.html' ? 'https://site.invalid/' : `https://site.invalid/${page}`;
		for (const [, raw] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
			const href = raw.replace(/&amp;/g, '&');
			if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
			const url = new URL(href, base);
			let target = join(dist, decodeURIComponent(url.pathname));
			if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
			if (!existsSync(target)) {
				broken.push(`${page}: ${href} (no such file)`);
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && target.endsWith('.html') && !ids(target).has(fragment)) broken.push(`${page}: ${href} (no such #fragment)`);
		}
	}
	return broken;
}

describe('link integrity', () => {
	let fixture: string;
	let site: string;
	beforeAll(() => {
		fixture = inject('fixtureDist');
		site = inject('siteDist');
	});

	test('every internal link and fragment of the fixture site resolves', () => {
		expect(brokenLinks(fixture)).toEqual([]);
	});

	test('every internal link and fragment of the shipped guide resolves, in every language', () => {
		expect(brokenLinks(site)).toEqual([]);
	});
});
