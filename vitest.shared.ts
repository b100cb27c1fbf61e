import { defineConfig } from 'vitest/config';

/**
 * Shared vitest settings. The JSON reporter writes `test-results.json` in each
 * package so `.ci/run` can print one `N passed, N failed` line for the whole run.
 */
export const sharedTestConfig = defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'threads',
  },
});
