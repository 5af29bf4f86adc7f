import { defineConfig } from 'vitest/config';
import { testBuildEpoch } from './test/support/run.ts';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		environment: 'node',
		// Content checked in a test is checked for a fixed date, as test builds are (see run.ts).
		env: { SOURCE_DATE_EPOCH: testBuildEpoch },
		// Builds the fixture site once for the build and browser tests.
		globalSetup: ['test/support/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 240_000,
	},
});
