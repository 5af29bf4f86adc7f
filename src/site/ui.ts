/**
 * Interface strings: every language falls back to English key by key, so a
 * half-translated ui.yml still gives a complete interface.
 */
export type UiStrings = Record<string, string>;

export function uiFor(all: Record<string, UiStrings>, lang: string, sourceLang = 'en'): UiStrings {
	return { ...all[sourceLang], ...all[lang] };
}

export function missingUiKeys(all: Record<string, UiStrings>, lang: string, sourceLang = 'en'): string[] {
	const own = all[lang] ?? {};
	return Object.keys(all[sourceLang] ?? {}).filter((key) => !(key in own));
}

/** Fills `{name}` placeholders; a placeholder with no value is left visible rather than dropped. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function placeholders(template: string): string[] {
	return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}

/** The language a string is actually shown in, so English fallback text can be marked lang="en". */
export function uiLangOf(all: Record<string, UiStrings>, lang: string, key: string, sourceLang = 'en'): string {
	return key in (all[lang] ?? {}) ? lang : sourceLang;
}

/** A multi-line string (one item per line) as a list. */
export function lines(text: string | undefined): string[] {
	return (text ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
}
