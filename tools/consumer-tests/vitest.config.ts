import { mergeConfig } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared.ts';

// One consumer project: packing, an offline install and four type-checks take a minute on a busy machine.
export default mergeConfig(sharedTestConfig, { test: { testTimeout: 300_000, hookTimeout: 300_000 } });
