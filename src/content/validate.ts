import type { z } from 'zod';
import type { ContentProblem } from './errors.ts';
import type { YamlSource } from './yaml-source.ts';

/**
 * Runs a schema and turns every issue into a ContentProblem on the right line,
 * the single place where schema errors get their wording.
 */
export function validate<T extends z.ZodType>(
	schema: T,
	source: YamlSource,
	file: string,
): { data?: z.infer<T>; problems: ContentProblem[] } {
	const result = schema.safeParse(source.data ?? {}, { reportInput: true });
	if (result.success) return { data: result.data, problems: [] };
	const problems = result.error.issues.flatMap((issue): ContentProblem[] => {
		const path = issue.path as PropertyKey[];
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => ({
				file,
				line: source.lineOf([...path, key]),
				problem: `The field "${key}"${where(path)} is not allowed`,
				fix: `Remove it or correct its spelling. Allowed fields: ${allowedKeys(schema, path).join(', ')}`,
			}));
		}
		const line = source.lineOf(path);
		const name = String(path.at(-1) ?? 'the file');
		if (issue.code === 'invalid_type' && issue.input === undefined) {
			return [{ file, line, problem: `The field "${name}"${where(path.slice(0, -1))} is missing`, fix: `Add a line "${name}: …"` }];
		}
		if (issue.code === 'invalid_type' && path.length === 0) {
			return [{ file, line, problem: 'This file has no fields', fix: 'Write the fields as "key: value" lines' }];
		}
		const [problem, fix = 'Correct the value'] = issue.message.split('|');
		return [{ file, line, problem: `${capitalise(problem)}${where(path)}`, fix }];
	});
	return { problems };
}

/** "in source 2" for ['sources', 1, 'url']: words a translator can find in the file. */
function where(path: readonly PropertyKey[]): string {
	const index = path.findIndex((part) => typeof part === 'number');
	if (index < 1) return '';
	return ` (in item ${(path[index] as number) + 1} of "${String(path[index - 1])}")`;
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The keys a strict object accepts at `path`, for the "Allowed fields" hint. */
function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	let current: any = schema;
	for (const part of [...path, null]) {
		while (current?._zod?.def?.innerType) current = current._zod.def.innerType;
		if (part === null) break;
		const def = current?._zod?.def;
		current = typeof part === 'number' ? def?.element : def?.shape?.[part as string];
	}
	return Object.keys(current?._zod?.def?.shape ?? {});
}
