import { ConfigError } from './errors/config-error';

/**
 * Loads code that only some calls need (a family's native codec, the SigV4
 * signer, the platform options …) with a dynamic `import()`, which every
 * bundler that splits code turns into a chunk of its own: a bundle pays for it
 * only when a call uses it. The module is loaded once; a failed load (a chunk
 * the page could not fetch) is a `ConfigError` saying what was being loaded,
 * not an unnamed `TypeError`, and the next call tries again.
 *
 * @example
 * let loadSigner; // made on first use: nothing runs at import time
 * const { signHttpRequest } = await (loadSigner ??= loadOnUse('the SigV4 signer', () => import('./sign-http-request')))();
 */
export function loadOnUse<Module>(what: string, load: () => Promise<Module>): () => Promise<Module> {
  let loading: Promise<Module> | undefined;
  return () =>
    (loading ??= load().catch((cause: unknown) => {
      loading = undefined;
      throw new ConfigError({ message: `bedrock-kit could not load ${what} (a chunk of your bundle loaded on first use): ${describe(cause)}`, cause });
    }));
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
