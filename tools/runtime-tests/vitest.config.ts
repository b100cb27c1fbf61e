import { mergeConfig } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared.ts';

// Each file starts a real runtime (Chromium, workerd, a Node child process);
// forks keep their processes apart from vitest's own worker threads.
export default mergeConfig(sharedTestConfig, { test: { pool: 'forks' } });
