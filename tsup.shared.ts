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
