/**
 * The components a content file may use, with the props each accepts. This one
 * table drives both the content policy and the renderer, so a component can
 * never be allowed in one place and missing in the other.
 */
export interface ComponentSpec {
	/** prop name → allowed values */
	props: Record<string, readonly string[]>;
	/** At least one of these props must be given (and only one). */
	oneOf?: readonly string[];
	/** Props that must always be given. */
	required?: readonly string[];
	example: string;
}

export const platformOs = ['android', 'iphone'] as const;
export const platformApps = ['whatsapp', 'signal', 'telegram'] as const;
export const calloutKinds = ['info', 'warning', 'danger'] as const;

export const contentComponents: Record<string, ComponentSpec> = {
	Callout: { props: { kind: calloutKinds }, required: ['kind'], example: '<Callout kind="warning">' },
	Steps: { props: {}, example: '<Steps>' },
	Platform: {
		props: { os: platformOs, app: platformApps },
		oneOf: ['os', 'app'],
		example: '<Platform os="android"> or <Platform app="signal">',
	},
};

export const componentNames = Object.keys(contentComponents);

/** Display names of platforms and apps: proper nouns, the same in every language. */
export const platformLabels: Record<string, string> = {
	android: 'Android',
	iphone: 'iPhone',
	whatsapp: 'WhatsApp',
	signal: 'Signal',
	telegram: 'Telegram',
};
