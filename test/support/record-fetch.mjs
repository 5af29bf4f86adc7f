// Loaded into every process of a build under test (NODE_OPTIONS): records
// each address anything asks fetch() for, in the file RECORD_FETCH names.
import { appendFileSync } from 'node:fs';

const original = globalThis.fetch;
globalThis.fetch = (input, init) => {
	appendFileSync(process.env.RECORD_FETCH, `${typeof input === 'string' ? input : (input.url ?? String(input))}\n`);
	return original(input, init);
};
