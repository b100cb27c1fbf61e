import { ConfigError } from '@bedrock-kit/core';
import type { AwsCredentials } from './aws-credentials';
import type { CredentialsProvider } from './auth-settings';
import { parseAwsCredentials } from './parse-aws-credentials';

/** Options of {@link createCredentialsCache}. */
export interface CredentialsCacheOptions {
  /** Current time in epoch milliseconds (inject for tests). @default Date.now */
  now?: () => number;
  /** Refresh this long before `expiration`. @default 300_000 (5 minutes, as the AWS SDKs do) */
  refreshBeforeMs?: number;
}

const FIVE_MINUTES_MS = 5 * 60 * 1000;

// The shared cache of each provider function resolveAuth was given, and every cache this module
// made mapped to itself, so a cache passed where a provider is expected is not wrapped again
// (that would ignore its clock and double its error prefix). Weak: dropping a provider frees its
// cache. Created on first use.
let caches: WeakMap<object, () => Promise<AwsCredentials>> | undefined;

/** Whether `provider` is a cache returned by {@link createCredentialsCache}. */
export function isCredentialsCache(provider: unknown): boolean {
  return caches?.get(provider as object) === provider;
}

/**
 * The cache every `resolveAuth` call shares for `provider` (made on first use), or `provider`
 * itself when it already is a cache.
 */
export function getSharedCredentialsCache(provider: CredentialsProvider): () => Promise<AwsCredentials> {
  caches ??= new WeakMap();
  let cache = caches.get(provider);
  if (cache === undefined) caches.set(provider, (cache = createCredentialsCache(provider)));
  return cache;
}

/**
 * Wraps a credentials provider (any AWS SDK v3 provider works unchanged) so it is called only
 * when needed: the result is reused until `refreshBeforeMs` before its `expiration` (forever
 * when it has none), and concurrent callers during a refresh share one provider call.
 * A failed refresh is not cached: the next call tries again.
 *
 * @throws ConfigError `The credentials provider failed: <its message>` (with the original
 * error as `cause`) when the provider throws, rejects, or returns a malformed value.
 * @example
 * const getCredentials = createCredentialsCache(fromNodeProviderChain());
 * const credentials = await getCredentials();
 */
export function createCredentialsCache(
  provider: CredentialsProvider,
  options: CredentialsCacheOptions = {},
): () => Promise<AwsCredentials> {
  if (typeof provider !== 'function') {
    throw new ConfigError({ message: 'credentials must be a function returning credentials, e.g. fromNodeProviderChain().' });
  }
  const now = options.now ?? Date.now;
  const refreshBeforeMs = options.refreshBeforeMs ?? FIVE_MINUTES_MS;
  let cached: AwsCredentials | undefined;
  let refreshing: Promise<AwsCredentials> | undefined;

  const isFresh = (credentials: AwsCredentials) =>
    credentials.expiration === undefined || credentials.expiration.getTime() - refreshBeforeMs > now();

  const refresh = async (): Promise<AwsCredentials> => {
    let value: unknown;
    try {
      value = await provider();
    } catch (error) {
      throw new ConfigError({ message: `The credentials provider failed: ${describeError(error)}`, cause: error });
    }
    cached = parseAwsCredentials(value, 'The credentials provider failed: its result');
    return cached;
  };

  const cache = () => {
    if (cached !== undefined && isFresh(cached)) return Promise.resolve(cached);
    refreshing ??= refresh().finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  };
  (caches ??= new WeakMap()).set(cache, cache);
  return cache;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return typeof error === 'string' ? error : 'a non-Error value';
}
