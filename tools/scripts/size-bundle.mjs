// Bundles one entry the way a user's bundler would (esbuild: bundle, minify,
// ESM, tree-shaking) and measures it (bytes minified, bytes after gzip -9).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { smithySubsetPlugin } from './smithy-subsets.mjs';

/**
 * The two targets every entry is measured for. Browser: esbuild's browser
 * platform (conditions `browser`, `import`, `default`; main fields browser,
 * module, main). Worker: the same with Cloudflare's conditions `workerd`,
 * `worker`, `browser`. On this platform a Node built-in fails the build.
 */
export const sizeTargets = {
  browser: { platform: 'browser' },
  worker: { platform: 'browser', conditions: ['workerd', 'worker', 'browser'] },
};

// Globals a browser or Worker bundle must not touch, renamed by `define` to
// probe identifiers so the checks find real references (not words in strings).
export const probeDefines = { 'process.env': '__probe_bare_process_env', Buffer: '__probe_buffer' };

/**
 * Maps `@bedrock-kit/<name>[/all]` to the package sources, so a metafile
 * names source files (what to shrink) instead of one `dist/index.js` per package.
 */
export function createSourceAliasPlugin(root) {
  return {
    name: 'bedrock-kit-sources',
    setup(build) {
      build.onResolve({ filter: /^@bedrock-kit\/[\w-]+(\/all)?$/ }, (args) => {
        const [, name, all] = /^@bedrock-kit\/([\w-]+)(\/all)?$/.exec(args.path);
        return { path: join(root, 'packages', name, 'src', all ? 'all/index.ts' : 'index.ts') };
      });
    },
  };
}

/**
 * The plugins that bundle the package sources as their builds would: the sources alias, and
 * aws-auth's build-time subset of smithy (what its dist holds instead of smithy's indexes).
 */
export function createSourcePlugins(root) {
  return [createSourceAliasPlugin(root), smithySubsetPlugin];
}

/**
 * A dynamic `import()` (the facade's tracing code, loaded on the first call made with `telemetry`) is a
 * chunk of its own in every bundler that splits code (Vite, Rollup, webpack, esbuild --splitting): the
 * page loads it only when it is used. Left out here, so a bundle is measured as what it loads up front.
 */
const lazyChunksPlugin = {
  name: 'lazy-chunks-load-on-use',
  setup(builder) {
    builder.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

/**
 * With `probe`, the output is for the checks only: the globals in `probeDefines`
 * are renamed so a reference to them can be found in the text. With `withChunks`, the code
 * loaded on use (every dynamic `import()`) is bundled in too: the most the entry's calls can ever load.
 * @param {{ entryFile: string, target: keyof typeof sizeTargets, nodePaths: string[], plugins?: esbuild.Plugin[], root: string, probe?: boolean, withChunks?: boolean }} options
 * @returns {Promise<{ minBytes: number, gzipBytes: number, text: string, metafile: esbuild.Metafile }>}
 */
export async function bundleEntry({ entryFile, target, nodePaths, plugins = [], root, probe = false, withChunks = false }) {
  const version = JSON.parse(readFileSync(join(root, 'packages/bedrock/package.json'), 'utf8')).version;
  const result = await esbuild.build({
    entryPoints: [entryFile],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    treeShaking: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: root,
    nodePaths,
    plugins: withChunks ? plugins : [...plugins, lazyChunksPlugin],
    // Only used when bundling sources (the built dist has it inlined).
    define: { __BEDROCK_KIT_VERSION__: JSON.stringify(version), ...(probe ? probeDefines : {}) },
    ...sizeTargets[target],
  });
  const bytes = result.outputFiles[0].contents;
  return {
    minBytes: bytes.length,
    gzipBytes: gzipSync(bytes, { level: 9 }).length,
    text: result.outputFiles[0].text,
    metafile: result.metafile,
  };
}

/**
 * The inputs of a bundle, largest first, by bytes they put in the minified output.
 * @returns {{ path: string, bytes: number }[]}
 */
export function listContributors(metafile) {
  const output = Object.values(metafile.outputs)[0];
  return Object.entries(output.inputs)
    .map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }))
    .filter(({ bytes }) => bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
}
