import {
  BedrockError,
  createStreamAccumulator,
  omitUndefined,
  StreamError,
  type GenerateTextResult,
  type ModelStreamPart,
  type StreamAccumulator,
  type StreamEvent,
} from '@bedrock-kit/core';
import type { CallContext } from './call-context';
import { createTransportError } from './create-transport-error';
import { prepareRetry, type RetryState } from './prepare-retry';
import type { RouteRequest } from '../request/prepare-route-request';
import { readEventStream } from './read-event-stream';
import { readStepOutcome } from '../response/read-step-outcome';
import { sendAttempt } from './send-attempt';
import type { StepOutcome } from '../response/step-outcome';
import { createWatchdog } from './watchdog';

/** Builds the caller-facing `partial` from the step in flight. */
export type PartialBuilder = (step: StepOutcome) => GenerateTextResult;

/**
 * One model call, retried (and re-signed) as the policy allows. A stream's
 * events are yielded as they arrive. A failure before any event reached the
 * caller is retried like an HTTP error; after that it is a `StreamError` (or
 * `TimeoutError`) carrying `partial`.
 */
export async function* runModelStep(
  context: CallContext,
  request: RouteRequest,
  retry: RetryState,
  buildPartial?: PartialBuilder,
): AsyncGenerator<StreamEvent, StepOutcome> {
  for (;;) {
    const accumulator = createStreamAccumulator();
    let delivered = false;
    let requestId: string | undefined;
    const watchdog = createWatchdog(context, request.stream);
    try {
      const response = await sendAttempt(context, request, watchdog);
      requestId = response.headers.get('x-amzn-requestid') ?? undefined;
      if (!request.stream) return await readStepOutcome(response, request, watchdog, context.abortSignal, requestId);
      if (!response.body) throw new StreamError({ message: 'Bedrock answered a stream request with no body.', retryable: true });
      const mapper = request.createStreamMapper(response.headers);
      // The work per frame happens in plain functions: this generator's registers are held by every open stream.
      for await (const frame of readEventStream(response.body, watchdog)) {
        for (const event of accumulate(accumulator, mapper.map(frame.eventType, frame.payload))) {
          delivered = true;
          yield event;
        }
      }
      for (const event of accumulate(accumulator, mapper.flush?.() ?? [])) yield event;
      for (const event of accumulator.end()) yield event;
      return readOutcome(accumulator, request, requestId);
    } catch (error) {
      // Transport failures arrive typed (sendAttempt, the body readers); anything else is a bug in parsing: never disguise it.
      if (!BedrockError.isInstance(error) && watchdog.fired === undefined && !watchdog.signal.aborted) throw error;
      const partial = delivered && buildPartial ? buildPartial(readOutcome(accumulator, request, requestId)) : undefined;
      const typed = createTransportError(error, watchdog, context.abortSignal, partial);
      if (partial) throw toStreamError(typed, partial);
      if (await prepareRetry(typed, retry, context)) continue;
      throw typed;
    } finally {
      watchdog.stop();
    }
  }
}

/** The events of one frame's parts, in order. */
function accumulate(accumulator: StreamAccumulator, parts: ModelStreamPart[]): StreamEvent[] {
  return parts.flatMap((part) => accumulator.push(part));
}

/** The step so far (or whole), as the tool loop and `partial` need it. */
function readOutcome(accumulator: StreamAccumulator, request: RouteRequest, requestId: string | undefined): StepOutcome {
  const snapshot = accumulator.snapshot();
  return omitUndefined({ ...snapshot, finishReason: snapshot.finishReason ?? 'error', api: request.route, warnings: request.warnings, requestId });
}

function toStreamError(error: BedrockError, partial: GenerateTextResult): BedrockError {
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return error;
  const { retryable, errorType, requestId, status } = error;
  // The facade won't resend once output was delivered, but the caller may: `retryable` says whether that can work.
  return new StreamError({ message: `The stream failed after output had reached you: ${error.message}`, partial, retryable, errorType, requestId, status, cause: error });
}
