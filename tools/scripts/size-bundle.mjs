// Bundles one entry the way a user's bundler would (esbuild: bundle, minify,
// ESM, tree-shaking) and measures it (bytes minified, bytes after gzip -9).
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
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
 * With `probe`, the output is for the checks only: the globals in `probeDefines`
 * are renamed so a reference to them can be found in the text.
 *
 * The entry is bundled as a bundler that splits code (Vite, Rollup, webpack, esbuild --splitting)
 * ships it: a dynamic `import()` (a family's native codec, the SigV4 signer, the platform options,
 * telemetry …) is a chunk of its own, which the page loads when a call uses it. Measured: what loads
 * up front, the entry chunk and the chunks it imports statically (code shared with a lazy chunk
 * lands there, so a lazy split that saves nothing in a real bundler saves nothing here either),
 * gzipped as one text. `allText`: every chunk, up front or not (for the family markers, which may
 * sit in a lazy codec chunk). With `withChunks`, every chunk counts: the most the entry's calls can
 * ever load, as one bundle.
 * @param {{ entryFile: string, target: keyof typeof sizeTargets, nodePaths: string[], plugins?: esbuild.Plugin[], root: string, probe?: boolean, withChunks?: boolean }} options
 * @returns {Promise<{ minBytes: number, gzipBytes: number, text: string, allText: string, metafile: esbuild.Metafile, upFront: string[] }>}
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
    plugins,
    ...(withChunks ? {} : { splitting: true, outdir: join(root, '.size-out'), chunkNames: 'chunk-[hash]' }),
    // Only used when bundling sources (the built dist has it inlined).
    define: { __BEDROCK_KIT_VERSION__: JSON.stringify(version), ...(probe ? probeDefines : {}) },
    ...sizeTargets[target],
  });
  const outputs = new Map(result.outputFiles.map((file) => [relative(root, file.path), file.text]));
  // Without splitting there is one output, everything in it.
  const upFront = withChunks ? [...outputs.keys()] : listUpFront(result.metafile, entryFile, root);
  // esbuild emits a chunk for every import() it parsed, even one in code it then shook out: only those the entry can reach count.
  const reachable = withChunks ? upFront : listUpFront(result.metafile, entryFile, root, ['import-statement', 'dynamic-import']);
  const text = upFront.map((path) => outputs.get(path)).join('\n');
  const bytes = new TextEncoder().encode(text);
  return {
    minBytes: bytes.length,
    gzipBytes: gzipSync(bytes, { level: 9 }).length,
    text,
    allText: reachable.map((path) => outputs.get(path)).join('\n'),
    metafile: result.metafile,
    upFront,
  };
}

/**
 * The output of the entry point and every chunk it imports statically, transitively: what a page loads
 * before the first call. With `kinds` including 'dynamic-import': every chunk its code can ever load.
 */
function listUpFront(metafile, entryFile, root, kinds = ['import-statement']) {
  // A lazy chunk has an entryPoint too (the module its import() names): the entry is the one built from entryFile.
  const entry = Object.keys(metafile.outputs).find((path) => {
    const { entryPoint } = metafile.outputs[path];
    return entryPoint !== undefined && resolve(root, entryPoint) === resolve(entryFile);
  });
  const seen = [entry];
  for (let index = 0; index < seen.length; index++) {
    for (const { path, kind } of metafile.outputs[seen[index]].imports) {
      if (kinds.includes(kind) && metafile.outputs[path] && !seen.includes(path)) seen.push(path);
    }
  }
  return seen;
}

/**
 * The inputs of a bundle's up-front chunks, largest first, by bytes they put in the minified output.
 * @returns {{ path: string, bytes: number }[]}
 */
export function listContributors(metafile, upFront) {
  const bytes = new Map();
  for (const output of upFront) {
    for (const [path, { bytesInOutput }] of Object.entries(metafile.outputs[output].inputs)) bytes.set(path, (bytes.get(path) ?? 0) + bytesInOutput);
  }
  return [...bytes]
    .map(([path, size]) => ({ path, bytes: size }))
    .filter(({ bytes: size }) => size > 0)
    .sort((a, b) => b.bytes - a.bytes);
}
