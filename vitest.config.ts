import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		environment: 'node',
		// Builds the fixture site once for the build and browser tests.
		globalSetup: ['test/support/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 240_000,
	},
});
