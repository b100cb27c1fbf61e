import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
// The version goes into the user agent; injected at build so nothing reads package.json at run time.
const define = { __BEDROCK_KIT_VERSION__: JSON.stringify(version) };

export default defineConfig([
  {
    ...libraryBuild,
    entry: {
      index: 'src/index.ts',
      all: 'src/all/index.ts',
      fixtures: 'src/fixtures/index.ts',
      // `#platform-fetch` stays an import: Node picks node:http (decision 0012), every other runtime the global fetch (package.json "imports").
      'platform-fetch': 'src/platform-fetch.ts',
      'platform-fetch.node': 'src/platform-fetch.node.ts',
    },
    dts: { entry: { index: 'src/index.ts', all: 'src/all/index.ts', fixtures: 'src/fixtures/index.ts' }, compilerOptions: { stripInternal: true } },
    external: [...(libraryBuild.external ?? []), '#platform-fetch'],
    // Keep `node:http`, `node:stream` … as written: a bare `stream` is resolved as a file by some loaders (vitest's module evaluator).
    removeNodeProtocol: false,
    define,
    // The Node build below writes into dist/ at the same time (tsup runs the configs concurrently).
    clean: ['!node/**'],
  },
  {
    // Node's ESM build (package.json "exports" condition `node`): one file per entry, the code loaded on use
    // inlined behind lazy initialisers. A split build costs Node a module resolution per chunk on a cold
    // import (about 12 of them for index.js); bundlers for browsers and Workers take the split build above.
    ...libraryBuild,
    entry: { index: 'src/index.ts', all: 'src/all/index.ts', fixtures: 'src/fixtures/index.ts' },
    format: ['esm'],
    outDir: 'dist/node',
    splitting: false,
    dts: false,
    clean: false,
    external: [...(libraryBuild.external ?? []), '#platform-fetch'],
    removeNodeProtocol: false,
    define,
  },
  {
    // The command line is Node-only and never imported by the library entries.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false, // as the library entries (tsup.shared.ts)
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    // Self-contained: the families of the one list (optional peers of the library) are bundled, so the bin needs none installed.
    noExternal: [/^@bedrock-kit\//],
    external: ['#platform-fetch'], // resolved at run time to dist/platform-fetch.node.js (package.json "imports")
    define,
  },
]);
