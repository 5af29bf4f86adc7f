import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { pagePolicy, withPolicyMeta } from '../../src/finish/csp.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = '<html><head><meta charset="utf-8"><style>a{}</style></head><body><script>go()</script></body></html>';

test('allows exactly the page’s own inline scripts and styles, by hash', () => {
	const policy = pagePolicy(page);
	expect(policy).toContain(`script-src 'self' ${sha('go()')};`);
	expect(policy).toContain(`style-src 'self' ${sha('a{}')};`);
	expect(policy).not.toContain('unsafe-inline');
	expect(policy).not.toContain('wasm-unsafe-eval');
	expect(policy).toMatch(/default-src 'self'.*base-uri 'none'; form-action 'self'$/);
});

test('allows WebAssembly only on a page that offers search', () => {
	expect(pagePolicy(page, { search: true })).toContain("'wasm-unsafe-eval'");
	// Text that merely mentions the search bundle does not open the door.
	expect(pagePolicy(`${page}<p>data-bundle="../pagefind/pagefind.js"</p>`)).not.toContain("'wasm-unsafe-eval'");
});

test('the policy comes right after the charset, before any script', () => {
	const html = withPolicyMeta(page);
	expect(html.indexOf('Content-Security-Policy')).toBeGreaterThan(html.indexOf('charset'));
	expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
});
