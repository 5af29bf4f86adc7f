import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readPage(root: string, path: string): string {
	return readFileSync(join(root, path), 'utf8');
}
