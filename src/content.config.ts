import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDirectory } from './content/project.ts';

/*
 * Only used to render guide bodies. The frontmatter was already checked, with
 * friendly messages, by src/content/check.ts; pages read that checked model.
 * The id comes from the file path alone, so a frontmatter `slug` can never
 * move a file onto another page's address.
 */
export const collections = {
	guides: defineCollection({
		loader: glob({
			pattern: '*/guides/*.mdx',
			base: contentDirectory(),
			generateId: ({ entry }) => entry.replace('/guides/', '/').replace(/\.mdx$/, ''),
			// Pages render the compiled guide, never its source: keeping every
			// source in Astro's data store as well only costs memory and build time.
			retainBody: false,
		}),
	}),
};
