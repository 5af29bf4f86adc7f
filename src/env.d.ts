declare module 'virtual:resguardo/content' {
	export const model: import('./lib/content.ts').ContentModel;
}
