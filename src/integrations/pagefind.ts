import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds one search index per language (Pagefind splits by <html lang>).
 * Every Pagefind call reports errors in a list instead of throwing; any of
 * them fails the build, because a site whose search silently broke is worse
 * than no new site.
 */
export async function buildSearchIndex(dir: string, logger: AstroIntegrationLogger): Promise<void> {
	const fail = (step: string, errors: string[]) => {
		throw new Error(`Search index: ${step} failed:\n${errors.join('\n')}`);
	};
	try {
		const { index, errors } = await pagefind.createIndex({ rootSelector: 'html' });
		if (!index || errors.length) fail('starting Pagefind', errors);
		// Only guide pages (<lang>/<guide>/index.html) carry text to index; reading
		// the handbooks, discreet and /go/ pages as well would only cost time.
		const added = await index!.addDirectory({ path: dir, glob: '*/*/index.html' });
		if (added.errors.length) fail('reading the pages', added.errors);
		if (added.page_count === 0) fail('reading the pages', ['no page is marked for search (data-pagefind-body)']);
		const written = await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
		if (written.errors.length) fail('writing the index', written.errors);
		logger.info(`Search index: ${added.page_count} pages.`);
	} finally {
		await pagefind.close();
	}
}
