import { mergeConfig } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared.ts';

// The end-to-end test runs nx, tsup and vitest as child processes in a copy of the workspace;
// forks keep them apart from vitest's own worker threads.
export default mergeConfig(sharedTestConfig, { test: { pool: 'forks' } });
