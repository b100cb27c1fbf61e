import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.ts';

// Node only. `import.meta.url` (where the vendored service model is found) is shimmed in the CJS build;
// `dist/cli.js` is the `bedrock-emulator` bin. No source maps: the code is readable as built and they would triple the tarball.
export default defineConfig({ ...libraryBuild, entry: ['src/index.ts', 'src/cli.ts'], platform: 'node', target: 'node20', shims: true, sourcemap: false });
