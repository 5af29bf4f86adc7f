import type { AstroIntegration } from 'astro';

const virtualId = 'virtual:resguardo/site';
const planModule = new URL('../site/plan.ts', import.meta.url).pathname;

/**
 * Hands the checked content to Astro's pages (`import { model, plan } from
 * 'virtual:resguardo/site'`). The scripts that start Astro (build, dev) check
 * the content first and add this integration only when it passed, so no
 * content file is compiled, let alone run, before its check.
 *
 * The model arrives as the JSON string the check produced: on a large site it
 * is megabytes, which the bundler and V8 read much faster as one string than
 * as an object literal. The pages' plan is made from it by sitePlan, the same
 * function that gave the content check its paths.
 */
export function resguardo(modelJson: string): AstroIntegration {
	const source = [
		`import { sitePlan } from ${JSON.stringify(planModule)};`,
		`export const model = JSON.parse(${JSON.stringify(modelJson)});`,
		'export const plan = sitePlan(model);',
	].join('\n');
	return {
		name: 'resguardo',
		hooks: {
			'astro:config:setup': ({ command, updateConfig, addMiddleware }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'resguardo:site',
								resolveId: (id: string) => (id === virtualId ? `\0${virtualId}` : undefined),
								load: (id: string) => (id === `\0${virtualId}` ? source : undefined),
							},
						],
					},
				});
				// A build finishes handbooks and downloads after rendering (src/finish/); the
				// development server finishes each one as it is asked for, with the same code.
				if (command === 'dev') addMiddleware({ entrypoint: new URL('./dev-finish.ts', import.meta.url), order: 'post' });
			},
			'astro:server:setup': ({ server }) => {
				// The development server knows a route ending in ".html" (a handbook) only
				// with a slash after it; the site's links, like the built files, have none.
				server.middlewares.use((request, _response, next) => {
					const [path, query] = (request.url ?? '').split(/(?=\?)/);
					if (path.endsWith('.html')) request.url = `${path}/${query ?? ''}`;
					next();
				});
			},
		},
	};
}
