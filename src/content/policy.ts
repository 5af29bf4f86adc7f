import { contentComponents, componentNames } from './components.ts';
import type { ContentProblem } from './errors.ts';
import { classifyLink, deceptiveLink, lookalikeHost } from '../site/links.ts';

/**
 * The content policy: MDX without code. Content files come from volunteers, and
 * MDX can run JavaScript at build time (import/export, {expressions}) or put
 * arbitrary HTML in front of readers. This walks the parsed tree, before
 * anything is compiled, and reports every construct that is not plain
 * Markdown or one of the generator's own components.
 */

interface Node {
	type: string;
	position?: { start: { line: number; column: number } };
	children?: Node[];
	value?: string;
	name?: string | null;
	url?: string;
	identifier?: string;
	depth?: number;
	attributes?: { type: string; name?: string; value?: unknown }[];
}

export interface InternalLink {
	path: string;
	hash: string;
	line: number;
	column: number;
}

export interface PolicyResult {
	problems: ContentProblem[];
	/** Worth a second look, but allowed: a link to a look-alike address. */
	warnings: ContentProblem[];
	/** Links to pages of this site, for the caller to check against the route table. */
	internalLinks: InternalLink[];
	/** Whether the body has any readable content at all. */
	hasBody: boolean;
}

const htmlFix = 'Use Markdown instead: **bold**, *italic*, [link text](https://…), "- " for lists';

export function checkPolicy(tree: Node, file: string, pagePath: string): PolicyResult {
	const problems: ContentProblem[] = [];
	const warnings: ContentProblem[] = [];
	const internalLinks: InternalLink[] = [];
	let hasBody = false;
	const at = (node: Node, problem: string, fix: string) => ({ file, line: node.position?.start.line, column: node.position?.start.column, problem, fix });
	const report = (node: Node, problem: string, fix: string) => problems.push(at(node, problem, fix));

	// Reference-style links ([text][1] … [1]: https://…) take their address from a definition.
	const definitions = new Map<string, string>();
	const collect = (node: Node) => {
		if (node.type === 'definition' && node.identifier && node.url !== undefined) definitions.set(node.identifier.toLowerCase(), node.url);
		for (const child of node.children ?? []) collect(child);
	};
	collect(tree);
	const textOf = (node: Node): string => node.value ?? (node.children ?? []).map(textOf).join('');
	const checkShownAddress = (node: Node, url: string) => {
		const deceptive = deceptiveLink(textOf(node), url);
		if (deceptive) report(node, `This link is misleading: ${deceptive}`, 'Make the link text the same address as the link, or use words (like "the USCIS website") instead of an address');
	};

	const checkUrl = (node: Node, url: string, isImage: boolean) => {
		const target = classifyLink(url, pagePath);
		if (target.kind === 'forbidden') return report(node, `This ${isImage ? 'image' : 'link'} is not allowed: ${target.reason}`, target.fix);
		if (isImage) {
			if (target.kind === 'external') return report(node, 'This image comes from another website, which would tell that website who is reading', 'Remove the image, or ask a maintainer to add the picture to the site itself');
			return report(node, 'Images cannot be added from a content file yet', 'Remove the image, or describe it in words');
		}
		const lookalike = target.kind === 'external' ? lookalikeHost(target.url) : undefined;
		if (lookalike) {
			warnings.push(at(node, `This link leads to ${lookalike}, an address written with letters of other alphabets, which can imitate a familiar one`, 'Check that it is really the site you mean before publishing'));
		}
		if (target.kind === 'internal') {
			const { line = 0, column = 0 } = node.position?.start ?? {};
			internalLinks.push({ path: target.path, hash: target.hash, line, column });
		}
	};

	const visit = (node: Node, parent?: Node) => {
		switch (node.type) {
			case 'yaml':
				break;
			case 'toml':
				report(node, 'The fields at the top are written with +++', 'Write them between two lines of three dashes (---) instead');
				break;
			case 'mdxjsEsm':
				report(node, '"import" and "export" lines are program code, which content files may not contain', 'Delete the line; the components Callout, Steps and Platform are available without importing them');
				return;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				report(node, 'Text inside curly braces { } is program code, which content files may not contain', 'Remove the braces, or write \\{ and \\} to show a brace as text');
				return;
			case 'html':
				report(node, 'Raw HTML is not allowed in content files', htmlFix);
				return;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				checkComponent(node, report);
				hasBody = true;
				break;
			case 'link':
				// "www.uscis.gov" in running text becomes a link to http://www.uscis.gov (GitHub-flavoured Markdown).
				if (/^http:\/\//i.test(node.url ?? '') && textOf(node) === node.url!.slice(7)) {
					report(node, `The address ${textOf(node)} written as plain text becomes a link without https, which is not secure`, `Write it as a link with https: [${textOf(node)}](https://${textOf(node)})`);
					break;
				}
				checkUrl(node, node.url ?? '', false);
				checkShownAddress(node, node.url ?? '');
				break;
			case 'definition':
				checkUrl(node, node.url ?? '', false);
				break;
			case 'linkReference':
				checkShownAddress(node, definitions.get(node.identifier?.toLowerCase() ?? '') ?? '');
				break;
			case 'image':
			case 'imageReference':
				if (node.type === 'image') checkUrl(node, node.url ?? '', true);
				else report(node, 'Images cannot be added from a content file yet', 'Remove the image, or describe it in words');
				return;
			case 'heading':
				if (node.depth === 1) report(node, 'A heading with a single # repeats the page title', 'Start the sections of the guide with ## (and sub-sections with ###)');
				break;
			case 'text':
				if (node.value?.trim() && parent?.type !== 'root') hasBody = true;
				break;
		}
		for (const child of node.children ?? []) visit(child, node);
	};
	visit(tree);
	return { problems, warnings, internalLinks, hasBody };
}

function checkComponent(node: Node, report: (node: Node, problem: string, fix: string) => void) {
	const name = node.name ?? '';
	if (!name) return report(node, 'An empty tag <> is not allowed', 'Remove it');
	const spec = contentComponents[name];
	if (!spec) {
		if (/^[a-z]/.test(name)) return report(node, `The HTML tag <${name}> is not allowed in content files`, htmlFix);
		return report(node, `There is no component called <${name}>`, `Use one of: ${componentNames.map((n) => `<${n}>`).join(', ')} (check the spelling and capital letters)`);
	}
	const given = new Set<string>();
	for (const attribute of node.attributes ?? []) {
		if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
			report(node, `<${name}> has code inside its tag`, `Write it like ${spec.example}`);
			continue;
		}
		const allowed = spec.props[attribute.name];
		if (/^on/i.test(attribute.name) || !allowed) {
			report(node, `<${name}> has no setting called "${attribute.name}"`, `Write it like ${spec.example}`);
			continue;
		}
		if (typeof attribute.value !== 'string') {
			report(node, `The setting "${attribute.name}" of <${name}> must be text in "double quotes"`, `Write it like ${spec.example}`);
			continue;
		}
		if (!allowed.includes(attribute.value)) {
			report(node, `"${attribute.value}" is not a value "${attribute.name}" can have on <${name}>`, `Use one of: ${allowed.join(', ')}`);
			continue;
		}
		given.add(attribute.name);
	}
	for (const prop of spec.required ?? []) {
		if (!given.has(prop)) report(node, `<${name}> needs the setting "${prop}"`, `Write it like ${spec.example}`);
	}
	if (spec.oneOf && spec.oneOf.filter((prop) => given.has(prop)).length !== 1) {
		report(node, `<${name}> needs exactly one of ${spec.oneOf.map((p) => `"${p}"`).join(' or ')}`, `Write it like ${spec.example}`);
	}
}
