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

/**
 * Strict `Retry-After` parsing: delta-seconds (digits only) or an HTTP-date.
 * Anything else is ignored rather than guessed.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  const trimmed = value?.trim() ?? '';
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  if (!/^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
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
