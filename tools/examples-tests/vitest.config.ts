import { mergeConfig } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared.ts';

// Files start child processes (npm, tsx) and workerd; forks keep them apart from vitest's worker threads.
export default mergeConfig(sharedTestConfig, { test: { pool: 'forks' } });
