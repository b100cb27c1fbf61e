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
 * A dynamic `import()` (a family's native codec, the SigV4 signer, the platform options, telemetry …)
 * is a chunk of its own in every bundler that splits code: the page loads it when a call uses it.
 * Left out of the esbuild pass whose text the checks read, so that text is what loads up front.
 */
const lazyChunksPlugin = {
  name: 'lazy-chunks-load-on-use',
  setup(builder) {
    builder.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

/**
 * Bundles one entry and measures it.
 *
 * The size (`minBytes`, `gzipBytes`) is what a code-splitting bundler (Rolldown, the one under Vite)
 * ships up front for it: the entry chunk and the chunks it imports statically, gzipped as one text;
 * `viteGzipBytes` the same from `vite build`, whose app runtime comes on top; `appFilesGzipBytes` the
 * files an app loads before its first call, each gzipped on its own as a server sends it (see
 * `bundleAsAppFiles`), summed, and `appFileCount` how many. A real
 * bundler splits by module, so code a lazy chunk shares with the up-front code (or a function of a
 * package's single `dist` module that only a lazy chunk calls) still counts up front, and an
 * `import()` in code it shook out costs nothing. `--sources` (esbuild plugins) and probe builds use
 * the esbuild pass instead. `text`: the esbuild bundle with every `import()` left out (what the
 * tree-shaking checks read); `allText` / `withChunksGzipBytes`: the same with every chunk bundled in,
 * the most the entry's calls can ever load. With `probe`, the globals in `probeDefines` are renamed
 * so a reference to them can be found in the text.
 * `measure`: the two extra builds of a split bundle, each skipped when its figure is not read (`vite build`
 * is the slowest pass).
 * @param {{ entryFile: string, target: keyof typeof sizeTargets, nodePaths: string[], plugins?: esbuild.Plugin[], root: string, probe?: boolean, measure?: { vite: boolean, appFiles: boolean } }} options
 * @returns {Promise<{ minBytes: number, gzipBytes: number, viteGzipBytes?: number, appFilesGzipBytes?: number, appFileCount?: number, text: string, allText: string, withChunksGzipBytes: number, metafile: esbuild.Metafile }>}
 */
export async function bundleEntry({ entryFile, target, nodePaths, plugins = [], root, probe = false, measure = { vite: true, appFiles: true } }) {
  const version = JSON.parse(readFileSync(join(root, 'packages/bedrock/package.json'), 'utf8')).version;
  const esbuildOptions = {
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
    // Only used when bundling sources (the built dist has it inlined).
    define: { __BEDROCK_KIT_VERSION__: JSON.stringify(version), ...(probe ? probeDefines : {}) },
    ...sizeTargets[target],
  };
  const [upFront, everything] = await Promise.all([
    esbuild.build({ ...esbuildOptions, plugins: [...plugins, lazyChunksPlugin] }),
    esbuild.build({ ...esbuildOptions, plugins }),
  ]);
  const text = upFront.outputFiles[0].text;
  const allText = everything.outputFiles[0].text;
  const split = plugins.length === 0 && !probe;
  const [shipped, viteText, appFiles] = split
    ? await Promise.all([
        bundleWithRolldown(entryFile, target, root),
        measure.vite ? bundleWithVite(entryFile, target, root) : undefined,
        measure.appFiles ? bundleAsAppFiles(entryFile, target, root) : undefined,
      ])
    : [text, text, [text]];
  const bytes = new TextEncoder().encode(shipped);
  return {
    minBytes: bytes.length,
    gzipBytes: gzipSync(bytes, { level: 9 }).length,
    viteGzipBytes: viteText === undefined ? undefined : gzipSync(viteText, { level: 9 }).length,
    appFilesGzipBytes: appFiles?.reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0),
    appFileCount: appFiles?.length,
    text,
    allText,
    withChunksGzipBytes: gzipSync(everything.outputFiles[0].contents, { level: 9 }).length,
    metafile: upFront.metafile,
  };
}

/**
 * What a code-splitting bundler ships up front for the entry: the entry chunk and the chunks it imports
 * statically, as one text, each minified by esbuild as every other pass here. Rolldown is the bundler
 * under Vite; it is run directly so the text holds our code only: Vite adds its own runtime to an app
 * with a dynamic `import()` (the module-preload helper, about 0.6 KB gz once per app, whoever's import
 * it is), which `viteGzipBytes` reports beside.
 */
async function bundleWithRolldown(entryFile, target, root) {
  const { rolldown } = await import('rolldown');
  const bundle = await rolldown({ input: entryFile, cwd: root, platform: 'browser', logLevel: 'silent', resolve: { conditionNames: conditionsOf(target) }, preserveEntrySignatures: 'strict' });
  const { output } = await bundle.generate({ format: 'esm' });
  await bundle.close();
  return (await minifyUpFrontChunks(output)).join('\n');
}

/**
 * The files a page built as an app loads before its first call, each minified and kept apart: an
 * app's entry exports nothing (it is imported by the page, so Rolldown may merge shared code into
 * it, as Vite's app builds allow: `preserveEntrySignatures: false`), and a server gzips each file
 * on its own. This sum is what the browser downloads; `tools/size-budgets.json` holds a ratchet on it
 * (`maxFilesGzipBytes`) beside the one-text figure, so a change that makes Rolldown split the
 * up-front code into many small files fails (decision 0028).
 */
async function bundleAsAppFiles(entryFile, target, root) {
  const { rolldown } = await import('rolldown');
  // The page uses every export of the entry, so none is shaken out.
  const app = { name: 'size-app-entry', resolveId: (id) => (id === 'size-app-entry' ? id : null), load: (id) => (id === 'size-app-entry' ? `import * as entry from ${JSON.stringify(entryFile)};\nglobalThis.sizeEntry = entry;\n` : null) };
  const bundle = await rolldown({ input: 'size-app-entry', cwd: root, platform: 'browser', logLevel: 'silent', resolve: { conditionNames: conditionsOf(target) }, preserveEntrySignatures: false, plugins: [app] });
  const { output } = await bundle.generate({ format: 'esm' });
  await bundle.close();
  return minifyUpFrontChunks(output);
}

/** The same with Vite (`vite build`, its defaults for an app but the esbuild minifier): our code plus Vite's runtime. */
async function bundleWithVite(entryFile, target, root) {
  const { build } = await import('vite');
  const output = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    resolve: { conditions: conditionsOf(target) },
    build: { write: false, minify: 'esbuild', target: 'es2022', modulePreload: false, rollupOptions: { input: entryFile, preserveEntrySignatures: 'strict' } },
  });
  return upFrontChunks((Array.isArray(output) ? output[0] : output).output).map(({ code }) => code).join('\n');
}

/** The export conditions a bundler resolves with for `target`. */
function conditionsOf(target) {
  return [...new Set([...(sizeTargets[target].conditions ?? []), 'browser', 'import', 'module', 'default'])];
}

/** The up-front chunks of a Rolldown build, each minified by esbuild as every other pass here. */
function minifyUpFrontChunks(output) {
  return Promise.all(upFrontChunks(output).map(async ({ code }) => (await esbuild.transform(code, { minify: true, format: 'esm', target: 'es2022', loader: 'js' })).code));
}

/** The entry chunk and every chunk it imports statically (not those it may `import()`). */
function upFrontChunks(output) {
  const chunks = output.filter((file) => file.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const loaded = [chunks.find((chunk) => chunk.isEntry).fileName];
  for (let index = 0; index < loaded.length; index++) for (const name of byName.get(loaded[index]).imports) if (!loaded.includes(name)) loaded.push(name);
  return loaded.map((name) => byName.get(name));
}

/**
 * The inputs of a bundle (its up-front code), largest first, by bytes they put in the minified output.
 * @returns {{ path: string, bytes: number }[]}
 */
export function listContributors(metafile) {
  const output = Object.values(metafile.outputs)[0];
  return Object.entries(output.inputs)
    .map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }))
    .filter(({ bytes }) => bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
}
