import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of one built page: its own inline scripts and
 * styles by hash (never 'unsafe-inline'), nothing from another origin, and
 * WebAssembly only on pages that offer search (Pagefind needs it), which the
 * site plan says (HomePage.search).
 */

function hashes(html: string, tag: 'script' | 'style'): string[] {
	const pattern = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g');
	return [...new Set([...html.matchAll(pattern)].map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`))];
}

export function pagePolicy(html: string, { search = false }: { search?: boolean } = {}): string {
	const scripts = hashes(html, 'script');
	const styles = hashes(html, 'style');
	return [
		"default-src 'self'",
		`script-src 'self' ${[...scripts, ...(search ? ["'wasm-unsafe-eval'"] : [])].join(' ')}`.trim(),
		`style-src 'self' ${styles.join(' ')}`.trim(),
		"img-src 'self'",
		"connect-src 'self'",
		"worker-src 'self'",
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'self'",
	].join('; ');
}

/** Puts the policy in the page right after its charset, before any script or style. */
export function withPolicyMeta(html: string, policy = pagePolicy(html)): string {
	return html.replace(/<meta charset="utf-8">/, (charset) => `${charset}<meta http-equiv="Content-Security-Policy" content="${policy}">`);
}

/** Headers every page gets from hosts that read a _headers file. */
export const commonHeaders = {
	'Referrer-Policy': 'no-referrer',
	'X-Content-Type-Options': 'nosniff',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
};
