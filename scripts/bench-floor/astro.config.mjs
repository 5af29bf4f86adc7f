// The benchmark's floor: what Astro and MDX alone cost on the same corpus,
// with an empty layout. Built by `npm run bench`, never shipped.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
	outDir: process.env.FLOOR_OUT,
	cacheDir: process.env.FLOOR_CACHE,
	integrations: [mdx()],
	devToolbar: { enabled: false },
});
