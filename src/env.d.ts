declare module 'virtual:resguardo/site' {
	/** The checked content (src/content/check.ts). */
	export const model: import('./content/check.ts').ContentModel;
	/** Every page of the site (src/site/plan.ts). */
	export const plan: import('./site/plan.ts').SitePlan;
}

declare namespace App {
	interface Locals {
		/** The page being rendered, for components inside a guide's body (Callout, Link), which get no props from the page. */
		guidePage?: import('./site/plan.ts').GuidePage;
	}
}
