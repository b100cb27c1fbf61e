import { resolveAuth, type ResolvedAuth } from '@bedrock-kit/aws-auth';
import { platformFetch } from '#platform-fetch';
import type { BedrockInstance } from '../client/bedrock-instance';
import { nameBedrockSetting } from '../client/name-bedrock-setting';
import type { PreparedCall } from '../request/prepare-call';
import type { CallContext } from './call-context';
import { runWithinDeadline } from './run-within-deadline';

/**
 * A `fetch` that answers offline (a replaying fixture fetch) carries the auth to sign with under this key:
 * used when no credentials are configured, since nothing is sent.
 */
export const offlineAuthKey = '~offlineAuth';

/** What the transport needs for every attempt of one call: fetch, credentials (resolved at send time), retry and timeout policy. */
export function createCallContext(
  instance: BedrockInstance,
  prepared: Pick<PreparedCall, 'auth' | 'region' | 'endpoint'>,
  abortSignal: AbortSignal | undefined,
  deadline = startDeadline(instance),
): CallContext {
  const { options } = instance;
  const { auth } = prepared;
  const now = options.now ?? Date.now;
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
    deadline,
    now,
    random: options.random ?? Math.random,
  };
}

/** The absolute deadline of `timeout.totalMs` for a call starting now, on the call's clock. */
export function startDeadline({ options }: BedrockInstance): number | undefined {
  const totalMs = options.timeout?.totalMs;
  return totalMs !== undefined && totalMs > 0 ? (options.now ?? Date.now)() + totalMs : undefined;
}

/**
 * The wait for code a call loads on use before it is prepared (`prepareCall`): bounded like every
 * other wait of the call, by `abortSignal` and `totalMs` (the deadline it passes on to the call).
 */
export function waitBeforePreparing<T>(instance: BedrockInstance, abortSignal: AbortSignal | undefined, deadline: number | undefined, preparing: Promise<T>): Promise<T> {
  const unprepared = { auth: undefined as never, region: '', endpoint: '' };
  return runWithinDeadline(createCallContext(instance, unprepared, abortSignal, deadline), () => preparing);
}
