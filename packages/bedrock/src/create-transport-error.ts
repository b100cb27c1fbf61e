import { AbortError, BedrockError, ServiceError, TimeoutError, type GenerateTextResult } from '@bedrock-kit/core';
import type { Watchdog } from './watchdog';

const timeoutMessages = {
  firstByte: 'No response byte arrived within timeout.firstByteMs',
  idle: 'The stream stalled: no frame arrived within timeout.idleMs',
  total: 'The call did not finish within timeout.totalMs',
} as const;

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
  if (watchdog.fired !== undefined) {
    return new TimeoutError({
      message: `${timeoutMessages[watchdog.fired]}; the request was aborted.`,
      timeout: watchdog.fired,
      ...(partial ? { partial } : {}),
    });
  }
  if (abortSignal?.aborted) return new AbortError({ message: 'The call was aborted by its abortSignal.', cause: abortSignal.reason });
  if (BedrockError.isInstance(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new ServiceError({ message: `Network error talking to Bedrock: ${detail}`, retryable: true, cause: error });
}
