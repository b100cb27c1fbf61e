import { ThrottlingError, type BedrockError } from '@bedrock-kit/core';
import { createAbortError } from './classify-failure';
import { transportTimers as timers } from './transport-timers';

const baseDelayMs = 100;
const throttlingBaseDelayMs = 500; // throttling clears slower than transient faults
const maxDelayMs = 20_000;

/** Exponential backoff with full jitter; a valid `retry-after` wins (capped). */
export function computeRetryDelay(error: BedrockError, attempt: number, retryAfterMs: number | undefined, random = Math.random): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, maxDelayMs);
  const base = ThrottlingError.isInstance(error) ? throttlingBaseDelayMs : baseDelayMs;
  return Math.floor(random() * Math.min(maxDelayMs, base * 2 ** attempt));
}

/** Waits `ms` (on the transport's timers, so a test moves it by hand), rejecting with `AbortError` as soon as `signal` fires. */
export function waitForRetry(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      timers.clearTimeout(timer);
      reject(createAbortError(signal));
    };
    const timer = timers.setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
}
