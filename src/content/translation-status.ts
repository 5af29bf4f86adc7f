import type { ContentModel } from './check.ts';
import { sourceLang } from './check.ts';
import { byOrder, decideGuideSource } from '../site/routes.ts';
import { missingUiKeys } from '../site/ui.ts';

/**
 * Where each language stands: for every declared language and every English
 * guide, whether a translation is missing, outdated, unreviewed (machine) or
 * done. The command line and the public /translations/ page both show this.
 */

export type GuideState = 'translated' | 'outdated' | 'machine' | 'missing';

export interface GuideCell {
	slug: string;
	state: GuideState;
	/** Path of the translation, when there is one. */
	file?: string;
	review?: string;
	/** The English file's current code, to record in translatedFrom. */
	englishHash: string;
	/** Glossary terms whose preferred translation is not used. */
	missingTerms: string[];
}

export interface LanguageStatus {
	code: string;
	name: string;
	dir: 'ltr' | 'rtl';
	guides: GuideCell[];
	missingUi: string[];
	counts: Record<GuideState, number>;
}

export function translationStatus(model: ContentModel): LanguageStatus[] {
	const english = model.guides.filter((g) => g.lang === sourceLang).sort(byOrder);
	return model.site.languages
		.filter((language) => language.code !== sourceLang)
		.map((language) => {
			const guides = english.map((original): GuideCell => {
				const translation = model.guides.find((g) => g.lang === language.code && g.slug === original.slug);
				const { notices } = decideGuideSource(original.hash, translation?.data);
				// The most urgent state wins: missing, then outdated, then unreviewed.
				const state: GuideState = !translation ? 'missing' : notices.includes('outdated') ? 'outdated' : notices.includes('machine') ? 'machine' : 'translated';
				return {
					slug: original.slug,
					state,
					file: translation?.file,
					review: translation?.data.review,
					englishHash: original.hash,
					missingTerms: translation?.missingTerms ?? [],
				};
			});
			const counts = { translated: 0, outdated: 0, machine: 0, missing: 0 };
			for (const cell of guides) counts[cell.state]++;
			return { code: language.code, name: language.name, dir: language.dir, guides, missingUi: missingUiKeys(model.ui, language.code), counts };
		});
}
