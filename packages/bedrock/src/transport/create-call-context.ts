import { resolveAuth } from '@bedrock-kit/aws-auth';
import type { BedrockInstance } from '../client/bedrock-instance';
import type { PreparedCall } from '../request/prepare-call';
import type { CallContext } from './call-context';

/** The global `fetch`, looked up at call time (a test may replace it); one function for every call, not a bound copy per call. */
const platformFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

/** What the transport needs for every attempt of one call: fetch, credentials (resolved at send time), retry and timeout policy. */
export function createCallContext(instance: BedrockInstance, prepared: Pick<PreparedCall, 'region' | 'endpoint' | 'auth'>, abortSignal: AbortSignal | undefined): CallContext {
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
    resolveAuth: () => resolveAuth(auth),
    maxRetries: options.maxRetries ?? 2,
    timeouts: options.timeout ?? {},
    abortSignal,
    deadline: totalMs !== undefined && totalMs > 0 ? now() + totalMs : undefined,
    now,
    random: options.random ?? Math.random,
  };
}
