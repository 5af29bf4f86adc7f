/**
 * Link rules for content files, and the path arithmetic every page uses.
 * Internal links are written relative to the guide ("../pen-registers/"), so the
 * same link works in every language and on any host or sub-folder.
 */

export type LinkTarget =
	| { kind: 'external'; url: string }
	| { kind: 'internal'; path: string; hash: string }
	| { kind: 'forbidden'; reason: string; fix: string };

const allowedSchemes = new Set(['https:', 'mailto:', 'tel:']);

/** Decides what a link in a content file points to; `fromPath` is the page it is on, like "/es/metadata/". */
export function classifyLink(url: string, fromPath: string): LinkTarget {
	const trimmed = url.trim();
	// Browsers ignore tabs, newlines and control characters inside a scheme ("java\tscript:").
	const squeezed = trimmed.replace(/[\u0000-\u001f\u007f\s]+/g, '');
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1]?.toLowerCase();
	if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data' || scheme === 'file' || scheme === 'blob') {
		return { kind: 'forbidden', reason: `a "${scheme}:" link can run code or hide content`, fix: 'Link to a web page starting with https:// or to another guide, like ../metadata/' };
	}
	if (scheme === 'http') {
		return { kind: 'forbidden', reason: 'an "http://" link is not secure: others on the network can see and change it', fix: 'Use the https:// address of the page' };
	}
	if (scheme) {
		if (!allowedSchemes.has(`${scheme}:`)) return { kind: 'forbidden', reason: `"${scheme}:" links are not allowed`, fix: 'Use an https://, mailto: or tel: link' };
		if (scheme === 'https') {
			let parsed: URL;
			try {
				parsed = new URL(trimmed);
			} catch {
				return { kind: 'forbidden', reason: 'this web address is not valid', fix: 'Check the address for spaces or missing parts' };
			}
			// https://uscis.gov@evil.example/ leads to evil.example: a classic disguise.
			if (parsed.username || parsed.password) {
				return { kind: 'forbidden', reason: `this address has a name and "@" before the site, which hides where it really leads (${parsed.hostname})`, fix: 'Write the address of the site itself, starting with https:// and the site name' };
			}
		}
		return { kind: 'external', url: trimmed };
	}
	if (squeezed.startsWith('//') || squeezed.startsWith('\\')) {
		return { kind: 'forbidden', reason: 'this link has no "https:" at the start', fix: 'Write the full address, starting with https://' };
	}
	const resolved = new URL(trimmed, `https://site.invalid${fromPath}`);
	return { kind: 'internal', path: decodeURI(resolved.pathname), hash: resolved.hash };
}

/** A relative href from one site path to another, so pages work under any folder and when saved. */
export function relativeHref(fromPath: string, toPath: string): string {
	const fromDir = fromPath.endsWith('/') ? fromPath : fromPath.slice(0, fromPath.lastIndexOf('/') + 1);
	const from = fromDir.split('/').filter(Boolean);
	const to = toPath.split('/').filter(Boolean);
	let common = 0;
	while (common < from.length && common < to.length && from[common] === to[common]) common++;
	const up = from.slice(common).map(() => '..');
	const rest = to.slice(common);
	const joined = [...up, ...rest].join('/');
	const trailing = toPath.endsWith('/') && rest.length > 0 ? '/' : '';
	if (!joined) return './';
	return rest.length === 0 ? `${joined}/` : `${joined}${trailing}`;
}

export const homePath = (lang: string) => `/${lang}/`;
export const guidePath = (lang: string, slug: string) => `/${lang}/${slug}/`;

/** The language and guide of a path shaped like a guide's ("/es/metadata/"), the reverse of guidePath. */
export function guideAt(path: string): { lang: string; slug: string } | undefined {
	const match = /^\/([^/]+)\/([^/]+)\/$/.exec(path);
	return match ? { lang: match[1], slug: match[2] } : undefined;
}
export const downloadsPath = (lang: string) => `/${lang}/downloads/`;
export const translationsPath = '/translations/';

// Endings that make link text read as a web address. Two letters are country
// endings (.mx, .gt); a made-up word such as "Node.js" is rare in a guide, and
// its fix is simply to link it without looking like an address.
const addressEndings = /^(?:[a-z]{2}|com|org|net|gov|edu|int|mil|info|biz|app|dev|io|xyz|online|site|page|news|blog|shop|xn--[a-z0-9-]+)$/i;

/** The host a piece of link text names, if the text is a web address or a bare domain ("uscis.gov", "https://www.uscis.gov/"). */
export function hostInText(text: string): string | undefined {
	const trimmed = text.trim().replace(/\.$/, '');
	if (!trimmed || /[\s@]/.test(trimmed)) return undefined;
	const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
	let host: string;
	try {
		host = new URL(withScheme).hostname;
	} catch {
		return undefined;
	}
	const labels = host.split('.');
	if (labels.length < 2 || !addressEndings.test(labels.at(-1)!)) return undefined;
	return host.replace(/^www\./, '');
}

/**
 * Why a link whose text shows a web address leads somewhere else, if it does:
 * "[uscis.gov](https://uscis.gov.example/)" is a phishing trap, and a safety
 * guide must not carry one. A link to a part of the same site is fine.
 */
export function deceptiveLink(text: string, url: string): string | undefined {
	const shown = hostInText(text);
	if (!shown) return undefined;
	let actual: string;
	try {
		actual = new URL(url.trim()).hostname.replace(/^www\./, '');
	} catch {
		return `its text shows the web address ${text.trim()}, but it leads to ${url.trim() || 'nowhere'}`;
	}
	if (actual === shown || actual.endsWith(`.${shown}`)) return undefined;
	return `its text shows the web address ${text.trim()}, but it leads to another site, ${actual}`;
}

/** A host written with letters of other alphabets (punycode, "xn--"), which can imitate a familiar address. */
export function lookalikeHost(url: string): string | undefined {
	try {
		const host = new URL(url.trim()).hostname;
		return host.split('.').some((label) => label.startsWith('xn--')) ? host : undefined;
	} catch {
		return undefined;
	}
}
