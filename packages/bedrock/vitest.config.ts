import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared.ts';

// Tests run in Node, so `#platform-fetch` is node:http, as for Node users (decision 0012); the fetch path has its own test file.
export default mergeConfig(sharedTestConfig, {
  resolve: { alias: { '#platform-fetch': fileURLToPath(new URL('./src/platform-fetch.node.ts', import.meta.url)) } },
});
