import { HtmlValidate } from 'html-validate';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

/** Errors a standards validator finds in one built page, as "line:column rule message". */
export async function htmlErrors(path: string): Promise<string[]> {
	const report = await validator.validateFile(path);
	return report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
}
