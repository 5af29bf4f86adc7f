import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadContent, type ContentModel } from '../lib/content.ts';
import { ContentCheckError } from '../lib/errors.ts';
import { contentDirectory } from '../lib/project.ts';
import { guideRoutes } from '../lib/routes.ts';
import { absoluteUrl, discreetPath } from '../lib/share.ts';
import { precomputeQrCodes } from './qr-codes.ts';
import { finishSite, type FinishPlan } from './finish.ts';

const virtualId = 'virtual:resguardo/content';

/*
 * `npm run build` checks the content in another process while this one starts
 * Astro, and sends the checked model over, as JSON, only if the content has no
 * problem (scripts/build.ts); nothing is compiled before it arrives. Run any
 * other way (astro build, astro dev), the integration checks the content itself.
 */
const checkedByBuild = () => process.env.RESGUARDO_CHECKED_BY === 'build' && typeof process.send === 'function';
function modelFromBuild(): Promise<{ model: ContentModel; json: string }> {
	return new Promise((resolve) => {
		process.once('message', (json) => {
			resolve({ model: JSON.parse(json as string), json: json as string });
			// An open channel would keep this process alive after the build. Closed
			// on the next turn: Node is still handling this message on this one.
			setImmediate(() => process.disconnect?.());
		});
	});
}

/**
 * Checks the content before Astro compiles a single file (so code in a content
 * file never runs, not even in a build that then fails), hands the checked
 * model to the pages, and indexes the built site for search.
 */
export function resguardo(): AstroIntegration {
	let languages: string[] = [];
	let siteUrl = '';
	let handbookMaxKB = 150;
	let discreetPages: { lang: string; slug: string; path: string }[] = [];
	// Stage timings for `npm run bench`.
	const timings: Record<string, number> = {};
	let mark = performance.now();
	const lap = (stage: string) => {
		const now = performance.now();
		timings[stage] = (timings[stage] ?? 0) + (now - mark);
		mark = now;
	};
	let source = '';
	// `json` is the model as JSON, when it arrived that way, so it is not written out again.
	const useModel = (model: ContentModel, building: boolean, json = JSON.stringify(model)) => {
		languages = model.site.languages.map((language) => language.code);
		siteUrl = model.site.url;
		handbookMaxKB = model.site.handbookMaxKB;
		const routes = guideRoutes(model.site.languages, model.guides);
		discreetPages = routes.map((route) => ({ lang: route.lang, slug: route.slug, path: discreetPath(route.lang, route.slug) }));
		if (building) precomputeQrCodes(routes.map((route) => absoluteUrl(siteUrl, route.path)));
		lap('contentCheck');
		// A JSON string, not an object literal: on a large site the model is
		// megabytes, which the bundler and V8 read much faster as one string.
		source = `export const model = JSON.parse(${JSON.stringify(json)});`;
	};
	return {
		name: 'resguardo',
		hooks: {
			'astro:config:setup': ({ config, command, updateConfig }) => {
				mark = performance.now();
				const root = fileURLToPath(config.root);
				// Run any other way than by `npm run build`, the content is checked here, first.
				if (!checkedByBuild()) {
					const { model, problems } = loadContent(contentDirectory(root), root);
					if (problems.length) throw new ContentCheckError(problems);
					useModel(model!, command === 'build');
				}
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'resguardo:content',
								resolveId: (id: string) => (id === virtualId ? `\0${virtualId}` : undefined),
								load: (id: string) => (id === `\0${virtualId}` ? source : undefined),
							},
						],
					},
				});
			},
			// `npm run build` sends the checked model while Astro sets itself up and
			// reads the content's frontmatter (which runs nothing of it); Astro waits
			// here, just before it bundles, so no content file is compiled, let
			// alone run, unless the content passed its check.
			'astro:build:start': async () => {
				if (checkedByBuild()) {
					const { model, json } = await modelFromBuild();
					useModel(model, true, json);
				}
			},
			'astro:build:done': async ({ dir, logger }) => {
				lap('astroRendering');
				const plan: FinishPlan = { languages, siteUrl, handbookMaxKB, discreetPages };
				// `npm run build` finishes the site in a fresh process once Astro's has
				// exited, so the two never hold their memory at the same time.
				if (process.env.RESGUARDO_PLAN) {
					writeFileSync(process.env.RESGUARDO_PLAN, JSON.stringify({ plan, timings }));
					return;
				}
				await finishSite(fileURLToPath(dir), plan, logger);
			},
		},
	};
}
