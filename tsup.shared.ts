import { existsSync } from 'node:fs';
import type { Plugin } from 'esbuild';
import type { Options } from 'tsup';

/** The build every library package shares: ESM + CJS + `.d.ts` from `src/index.ts`. */
export const libraryBuild: Options = {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  // Members tagged `@internal` (the test clock and jitter hooks of BedrockOptions) stay out of the published types.
  dts: { compilerOptions: { stripInternal: true } },
  clean: true,
  // No source maps: the output is unminified, one readable file per entry, and
  // maps (with their embedded sources) were 65–70 % of every published tarball.
  sourcemap: false,
  target: 'es2022',
  treeshake: true,
  // Another bedrock-kit package is always imported, never copied in, declared or not: the facade's
  // `/all` imports every family of the one list (packages/bedrock/src/all/families.ts).
  external: [/^@bedrock-kit\//],
};

/** Leaves `./x` as an import of `./x.js` (or `./x/index.js`) instead of copying the module in. */
const keepRelativeImports: Plugin = {
  name: 'keep-relative-imports',
  setup(build) {
    build.onResolve({ filter: /^\.\.?(\/|$)/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const file = resolveSource(args.resolveDir, args.path);
      return { path: file, external: true };
    });
  },
};

/**
 * The library build and, beside it, the ESM build bundlers read (package.json `exports` condition
 * `module`): one file per source module, its relative imports kept (as `.js`), so a bundler that
 * splits code places each function where its callers are. From the single `dist/index.js` a bundler
 * can only take the whole module into one chunk, and a function of it that only code loaded on use
 * calls (an error class, a helper of a native codec) would still load up front. Node keeps
 * `dist/index.js`: one file to resolve on a cold import. tsup runs the two side by side, so the
 * library build's clean keeps `dist/modules/`.
 */
export const perModuleBuilds: Options[] = [
  { ...libraryBuild, clean: ['!modules/**'] },
  {
    entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-support.ts', '!src/**/*.d.ts'],
    format: ['esm'],
    outDir: 'dist/modules',
    dts: false,
    // Its own folder only: a removed source file leaves no module behind.
    clean: true,
    sourcemap: false,
    target: 'es2022',
    // Each file stands alone: the user's bundler shakes the tree (the package declares no side effects).
    treeshake: false,
    external: [/^@bedrock-kit\//],
    esbuildPlugins: [keepRelativeImports],
  },
];

function resolveSource(dir: string, path: string): string {
  const base = `${dir}/${path}`;
  if (existsSync(`${base}.ts`)) return `${path}.js`;
  if (existsSync(`${base}/index.ts`)) return `${path}/index.js`;
  throw new Error(`keep-relative-imports: ${path} (from ${dir}) is not a .ts file or a folder with index.ts`);
}
