import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.ts';

// `#sha256` stays an import: Node picks node:crypto, every other runtime Web Crypto (package.json "imports").
export default defineConfig({
  ...libraryBuild,
  entry: { index: 'src/index.ts', 'platform-sha256': 'src/platform-sha256.ts', 'platform-sha256.node': 'src/platform-sha256.node.ts' },
  dts: { entry: { index: 'src/index.ts' } },
  external: ['#sha256'],
});
