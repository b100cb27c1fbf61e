import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.ts';
import { smithySignatureV4Version, smithySubsetPlugin } from '../../tools/scripts/smithy-subsets.mjs';

// `#sha256` stays an import: Node picks node:crypto, every other runtime Web Crypto (package.json "imports").
// smithy's signing helpers are bundled in, each from its own file (a devDependency; decision 0007).
// The signer and the presigner are `import()`ed on use: ESM puts them in chunks of their own (dist/create-sigv4-headers-*.js,
// dist/mint-bedrock-api-key-*.js and a chunk they share), so index.js never imports signer code; CJS inlines them.
export default defineConfig({
  ...libraryBuild,
  entry: { index: 'src/index.ts', 'platform-sha256': 'src/platform-sha256.ts', 'platform-sha256.node': 'src/platform-sha256.node.ts' },
  dts: { entry: { index: 'src/index.ts' }, compilerOptions: { stripInternal: true } },
  external: ['#sha256'],
  noExternal: [/^@smithy\//],
  esbuildPlugins: [smithySubsetPlugin],
  banner: { js: `// Includes code from @smithy/signature-v4 ${smithySignatureV4Version} and @smithy/core (Apache-2.0, Amazon.com, Inc. or its affiliates).` },
});
