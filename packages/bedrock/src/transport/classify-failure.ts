import { AbortError, BedrockError, ServiceError, StreamError, TimeoutError, type GenerateTextResult } from '@bedrock-kit/core';
import { describeNetworkFailure } from './describe-network-failure';
import { NetworkFailure } from './network-failure';
import type { Watchdog } from './watchdog';

const timeoutProblems = { firstByte: 'No response arrived', idle: 'The stream stalled', total: 'The call did not finish' } as const;

/**
 * The one place a failed attempt becomes the caller's typed error: a watchdog
 * timeout, the caller's abort, a network failure, or a typed error passed
 * through; after output was delivered (`partial`), a `StreamError` carrying it.
 * Returns `undefined` for anything else: a bug in parsing, never disguised.
 */
export function classifyFailure(
  error: unknown,
  watchdog: Watchdog,
  abortSignal: AbortSignal | undefined,
  partial?: GenerateTextResult,
): BedrockError | undefined {
  const timeout = watchdog.fired;
  if (timeout) {
    return new TimeoutError({ message: `${timeoutProblems[timeout]} within timeout.${timeout}Ms.`, timeout, partial });
  }
  if (abortSignal?.aborted) return createAbortError(abortSignal);
  let typed = error as BedrockError;
  if (!BedrockError.isInstance(error)) {
    if (!(error instanceof NetworkFailure || watchdog.signal.aborted)) return undefined;
    const cause = error instanceof NetworkFailure ? error.cause : error;
    typed = new ServiceError({ message: `Network error talking to Bedrock: ${describeNetworkFailure(cause)}`, retryable: true, cause });
  }
  return partial ? toStreamError(typed, partial) : typed;
}

/** The caller's `abortSignal` fired; its reason is the cause. */
export function createAbortError(abortSignal: AbortSignal | undefined): AbortError {
  return new AbortError({ message: 'The call was aborted by its abortSignal.', cause: abortSignal?.reason });
}

function toStreamError(error: BedrockError, partial: GenerateTextResult): BedrockError {
  const { retryable, errorType, requestId, status } = error;
  // The facade won't resend once output was delivered, but the caller may: `retryable` says whether that can work.
  return new StreamError({ message: `The stream failed after output had reached you: ${error.message}`, partial, retryable, errorType, requestId, status, cause: error });
}
