import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared.ts';

// Tests run in Node, so `#sha256` is the node:crypto one, as for Node users (the Web Crypto class has its own tests).
export default mergeConfig(sharedTestConfig, {
  resolve: { alias: { '#sha256': fileURLToPath(new URL('./src/platform-sha256.node.ts', import.meta.url)) } },
});
