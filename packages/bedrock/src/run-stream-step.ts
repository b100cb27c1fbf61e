import { BedrockError, createStreamAccumulator, StreamError, type StreamEvent } from '@bedrock-kit/core';
import type { CallContext } from './call-context';
import { createTransportError } from './create-transport-error';
import { prepareRetry, type RetryState } from './prepare-retry';
import type { RouteRequest } from './prepare-route-request';
import { readEventStream } from './read-event-stream';
import { sendAttempt } from './send-attempt';
import type { StepOutcome } from './step-outcome';
import { createAttemptWatchdog } from './watchdog';

/** Builds the caller-facing `partial` from the step in flight. */
export type PartialBuilder = (step: StepOutcome) => import('@bedrock-kit/core').GenerateTextResult;

/**
 * One streaming model call. Events are yielded as they arrive. A failure
 * before any event reached the caller is retried like an HTTP error; after
 * that it is a `StreamError` (or `TimeoutError`) carrying `partial`.
 */
export async function* runStreamStep(
  context: CallContext,
  request: RouteRequest,
  retry: RetryState,
  buildPartial: PartialBuilder,
): AsyncGenerator<StreamEvent, StepOutcome> {
  for (;;) {
    const accumulator = createStreamAccumulator();
    let delivered = false;
    let requestId: string | undefined;
    const watchdog = createAttemptWatchdog(context, true);
    const outcome = (): StepOutcome => {
      const snapshot = accumulator.snapshot();
      return {
        ...snapshot,
        finishReason: snapshot.finishReason ?? 'error',
        api: request.route,
        warnings: request.warnings,
        ...(requestId !== undefined ? { requestId } : {}),
      };
    };
    try {
      const response = await sendAttempt(context, request.url, request.body, request.route === 'converse' ? 'converse' : 'invoke', watchdog);
      requestId = response.headers.get('x-amzn-requestid') ?? undefined;
      if (!response.body) throw new StreamError({ message: 'Bedrock answered a stream request with no body.', retryable: true });
      const mapper = request.createStreamMapper(response.headers);
      for await (const frame of readEventStream(response.body, watchdog)) {
        for (const part of mapper.map(frame.eventType, frame.payload)) {
          for (const event of accumulator.push(part)) {
            delivered = true;
            yield event;
          }
        }
      }
      for (const part of mapper.flush()) for (const event of accumulator.push(part)) yield event;
      for (const event of accumulator.end()) yield event;
      return outcome();
    } catch (error) {
      // Transport failures arrive typed (sendAttempt, readEventStream); anything else is a bug in parsing: never disguise it.
      if (!BedrockError.isInstance(error) && watchdog.fired === undefined && !watchdog.signal.aborted) throw error;
      const partial = delivered ? buildPartial(outcome()) : undefined;
      const typed = createTransportError(error, watchdog, context.abortSignal, partial);
      if (partial) throw toStreamError(typed, partial);
      if (await prepareRetry(typed, retry, context)) continue;
      throw typed;
    } finally {
      watchdog.stop();
    }
  }
}

function toStreamError(error: BedrockError, partial: import('@bedrock-kit/core').GenerateTextResult): BedrockError {
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return error;
  return new StreamError({
    message: `The stream failed after output had reached you: ${error.message}`,
    partial,
    // The facade won't resend once output was delivered, but the caller may: say whether that can work.
    retryable: error.retryable,
    ...(error.errorType !== undefined ? { errorType: error.errorType } : {}),
    ...(error.requestId !== undefined ? { requestId: error.requestId } : {}),
    ...(error.status !== undefined ? { status: error.status } : {}),
    cause: error,
  });
}
