// Imported first by every command: whatever stops it reaches the reader as a
// plain paragraph (see describeFailure), never as a stack trace.
import { describeFailure } from '../src/content/errors.ts';

const stop = (error: unknown) => {
	const { message, code } = describeFailure(error);
	console.error(`\n${message}`);
	process.exit(code);
};
process.on('uncaughtException', stop);
process.on('unhandledRejection', stop);
