import { resolveAuth, type ResolvedAuth } from '@bedrock-kit/aws-auth';
import { platformFetch } from '#platform-fetch';
import type { BedrockInstance } from '../client/bedrock-instance';
import { nameBedrockSetting } from '../client/name-bedrock-setting';
import type { PreparedCall } from '../request/prepare-call';
import type { CallContext } from './call-context';


/**
 * A `fetch` that answers offline (a replaying fixture fetch) carries the auth to sign with under this key:
 * used when no credentials are configured, since nothing is sent.
 */
export const offlineAuthKey = '~offlineAuth';

/** What the transport needs for every attempt of one call: fetch, credentials (resolved at send time), retry and timeout policy. */
export function createCallContext(instance: BedrockInstance, prepared: Pick<PreparedCall, 'auth' | 'region' | 'endpoint'>, abortSignal: AbortSignal | undefined): CallContext {
  const { options } = instance;
  const { auth } = prepared;
  const now = options.now ?? Date.now;
  const totalMs = options.timeout?.totalMs;
  return {
    fetch: options.fetch ?? platformFetch,
    region: prepared.region,
    endpoint: prepared.endpoint,
    headers: options.headers ?? {},
    clock: instance.clock,
    resolveAuth: () => resolveAuth({ ...auth, nameSetting: options.nameSetting ?? nameBedrockSetting }).catch((error: unknown) => (options.fetch as { [offlineAuthKey]?: ResolvedAuth } | undefined)?.[offlineAuthKey] ?? Promise.reject(error)),
    maxRetries: options.maxRetries ?? 2,
    timeouts: options.timeout ?? {},
    abortSignal,
    deadline: totalMs !== undefined && totalMs > 0 ? now() + totalMs : undefined,
    now,
    random: options.random ?? Math.random,
  };
}
