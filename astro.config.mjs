// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentDirectory } from './src/content/project.ts';
import { siteBase } from './src/content/site-settings.ts';

const content = contentDirectory();
const { site, base } = siteBase(content);

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// A fixture or benchmark corpus gets its own cache, so builds of different content never mix.
	cacheDir: `./node_modules/.astro/${createHash('sha256').update(content).digest('hex').slice(0, 8)}`,
	build: {
		format: 'directory',
		// Every page must work when saved on a phone: CSS goes inside the page.
		inlineStylesheets: 'always',
		// Four pages at a time: one at a time, the rendering thread sat idle for
		// much of each page, waiting for its file to be written and its QR code.
		// On 3,000 pages this took page generation from 20-25 s to 11-16 s.
		concurrency: 4,
	},
	// 'jsx' (the Astro 7 default) would glue words of localized strings together.
	compressHTML: true,
	devToolbar: { enabled: false },
	vite: {
		build: {
			rolldownOptions: {
				// Astro marks every MDX page with a directive the bundler warns it may
				// not keep; it is harmless (withastro/astro#18087), and on a large site
				// thousands of these warnings would bury the messages that matter.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
	// The content's own integration is added by the scripts that start Astro
	// (scripts/render.ts, scripts/dev.ts), once the content has passed its check.
	integrations: [mdx()],
});
