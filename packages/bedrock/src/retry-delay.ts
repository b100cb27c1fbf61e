import { AbortError, type BedrockError, ThrottlingError } from '@bedrock-kit/core';

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
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  if (!/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Waits `ms`, rejecting with `AbortError` as soon as `signal` fires. */
export function waitForRetry(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortError({ message: 'The call was aborted.', cause: signal.reason }));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortError({ message: 'The call was aborted.', cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
