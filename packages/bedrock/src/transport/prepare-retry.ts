import { BedrockError, SignatureExpiredError } from '@bedrock-kit/core';
import type { CallContext } from './call-context';
import { readFailureCode } from './load-failure-code';
import { getResponseMeta } from './response-meta';
import { computeRetryDelay, waitForRetry } from './retry-delay';

/** Per-call retry bookkeeping. */
export interface RetryState {
  /** Retries made so far (the clock-skew retry is not counted). */
  retries: number;
  skewCorrected: boolean;
}

/**
 * Decides whether `error` is worth another attempt; if so, applies the fix
 * (learned clock offset) or waits the backoff, and returns true. A 403
 * "Signature expired" is the failure code's to judge (`correctClockSkew`).
 */
export async function prepareRetry(error: unknown, state: RetryState, context: CallContext): Promise<boolean> {
  if (!BedrockError.isInstance(error)) return false;
  const meta = getResponseMeta(error);
  // The service's "Signature expired" is typed by the failure code, so it is loaded; without it,
  // nothing says the clocks differ.
  if (SignatureExpiredError.isInstance(error)) return readFailureCode()?.correctClockSkew(meta?.serverDateMs, state, context) ?? false;
  if (!error.retryable || state.retries >= context.maxRetries || error.name === 'TimeoutError') return false;
  const delay = computeRetryDelay(error, state.retries, meta?.retryAfterMs, context.random);
  if (context.deadline !== undefined && context.now() + delay >= context.deadline) return false;
  state.retries++;
  await waitForRetry(delay, context.abortSignal);
  return true;
}
