import { BedrockError, SignatureExpiredError } from '@bedrock-kit/core';
import type { CallContext } from './call-context';
import { getResponseMeta } from './response-meta';
import { computeRetryDelay, waitForRetry } from './retry-delay';

/** Per-call retry bookkeeping. */
export interface RetryState {
  /** Retries made so far (the clock-skew retry is not counted). */
  retries: number;
  skewCorrected: boolean;
}

const skewThresholdMs = 4 * 60_000; // under the 5-minute SigV4 window: larger gaps can't be signing latency

/**
 * Decides whether `error` is worth another attempt; if so, applies the fix
 * (learned clock offset) or waits the backoff, and returns true. A 403
 * "Signature expired" retries once only when the server clock differs from ours
 * by more than 4 minutes (and at most 24 hours); a genuine overrun is final.
 */
export async function prepareRetry(error: unknown, state: RetryState, context: CallContext): Promise<boolean> {
  if (!BedrockError.isInstance(error)) return false;
  const meta = getResponseMeta(error);
  if (SignatureExpiredError.isInstance(error)) {
    if (state.skewCorrected || meta?.serverDateMs === undefined) return false;
    if (Math.abs(meta.serverDateMs - context.clock.now().getTime()) <= skewThresholdMs) return false;
    // Adopted within ±24 h; a server clock further off fails the call, naming both times.
    const adopted = context.clock.adoptServerDate(new Date(meta.serverDateMs));
    if (adopted.status === 'rejected') throw adopted.error;
    state.skewCorrected = true;
    return true;
  }
  if (!error.retryable || state.retries >= context.maxRetries || error.name === 'TimeoutError') return false;
  const delay = computeRetryDelay(error, state.retries, meta?.retryAfterMs, context.random);
  if (context.deadline !== undefined && context.now() + delay >= context.deadline) return false;
  state.retries++;
  await waitForRetry(delay, context.abortSignal);
  return true;
}
