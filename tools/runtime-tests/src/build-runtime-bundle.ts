import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';

/** A runtime bundle and the files it was built from. */
export interface RuntimeBundle {
  code: string;
  /** Input paths as esbuild reports them (relative to the repository root). */
  inputs: string[];
}

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** Where a bundle runs; decides platform, format and resolve conditions. */
export type BundleTarget = 'browser' | 'worker' | 'node-cjs';

/**
 * Bundles a fixture entry for one runtime, from the packages' built `dist`
 * (resolved through their `exports` maps, as a user's bundler would). For
 * `node-cjs` the packages stay external so `node` `require()`s their CJS builds.
 */
export async function buildRuntimeBundle(entry: string, target: BundleTarget): Promise<RuntimeBundle> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`./__fixtures__/${entry}`, import.meta.url))],
    absWorkingDir: repositoryRoot,
    bundle: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    target: 'es2022',
    ...(target === 'browser' && { platform: 'browser', format: 'esm' }),
    // workerd's own conditions, as wrangler resolves them.
    ...(target === 'worker' && { platform: 'neutral', format: 'esm', conditions: ['workerd', 'worker', 'browser'], mainFields: ['module', 'main'] }),
    ...(target === 'node-cjs' && { platform: 'node', format: 'cjs', external: ['@bedrock-kit/*'] }),
  } as const);
  const code = result.outputFiles[0]?.text ?? '';
  return { code, inputs: Object.keys((result.metafile as Metafile).inputs) };
}
