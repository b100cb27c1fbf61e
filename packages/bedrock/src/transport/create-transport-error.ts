import { AbortError, BedrockError, ServiceError, TimeoutError, type GenerateTextResult } from '@bedrock-kit/core';
import type { Watchdog } from './watchdog';

const timeoutProblems = { firstByte: 'No response arrived', idle: 'The stream stalled', total: 'The call did not finish' } as const;

/**
 * Names what went wrong with the connection: a watchdog timeout, the caller's
 * abort, or a network failure. Typed errors pass through unchanged.
 */
export function createTransportError(
  error: unknown,
  watchdog: Watchdog,
  abortSignal: AbortSignal | undefined,
  partial?: GenerateTextResult,
): BedrockError {
  const timeout = watchdog.fired;
  if (timeout) {
    return new TimeoutError({ message: `${timeoutProblems[timeout]} within timeout.${timeout}Ms, so the request was aborted; raise it if the model needs longer.`, timeout, partial });
  }
  if (abortSignal?.aborted) return createAbortError(abortSignal);
  if (BedrockError.isInstance(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new ServiceError({ message: `Network error talking to Bedrock: ${detail}`, retryable: true, cause: error });
}

/** The caller's `abortSignal` fired; its reason is the cause. */
export function createAbortError(abortSignal: AbortSignal | undefined): AbortError {
  return new AbortError({ message: 'The call was aborted by its abortSignal.', cause: abortSignal?.reason });
}
