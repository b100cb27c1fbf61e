import { createStreamAccumulator, ServiceError, StreamError, type GenerateTextResult, type StreamEvent } from '@bedrock-kit/core';
import { parseNativeChunk } from '../request/parse-native-chunk';
import type { RouteRequest } from '../request/prepare-route-request';
import { foldNativeMetadata, foldParts, readStreamedOutcome } from '../response/fold-stream-step';
import { readStepOutcome } from '../response/read-step-outcome';
import type { StepOutcome } from '../response/step-outcome';
import type { CallContext } from './call-context';
import { classifyFailure } from './classify-failure';
import { readBody } from './read-body';
import { prepareRetry, type RetryState } from './prepare-retry';
import { readEventStream } from './read-event-stream';
import { sendAttempt } from './send-attempt';
import { createWatchdog } from './watchdog';

/** Builds the caller-facing `partial` from the step in flight. */
export type PartialBuilder = (step: StepOutcome) => GenerateTextResult;

/**
 * One model call, retried (and re-signed) as the policy allows. A stream's
 * events are yielded as they are read: the next frame is read only when the
 * caller asks for the next event. A failure before any event reached the
 * caller is retried like an HTTP error; after that it is a `StreamError` (or
 * `TimeoutError`) carrying `partial`. Every failure is typed in one place,
 * `classifyFailure`.
 */
export async function* runModelStep(
  context: CallContext,
  routeRequest: RouteRequest | Promise<RouteRequest>,
  retry: RetryState,
  buildPartial?: PartialBuilder,
): AsyncGenerator<StreamEvent, StepOutcome> {
  // A promise while the call's route codec loads (its first native call, when the family loads it on use).
  const request = await routeRequest;
  for (;;) {
    const accumulator = createStreamAccumulator();
    let delivered = false;
    let requestId: string | undefined;
    const watchdog = createWatchdog(context, request.stream);
    try {
      const response = await sendAttempt(context, request, watchdog);
      requestId = response.headers.get('x-amzn-requestid') ?? undefined;
      if (!request.stream) return readStepOutcome(await readJsonBody(response, requestId), response.headers, request, requestId);
      if (!response.body) throw new StreamError({ message: 'Bedrock answered a stream request with no body.', retryable: true });
      const { codec } = request;
      const parser = codec.createStreamParser({ headers: response.headers, request: request.request });
      if (request.route === 'invoke') foldNativeMetadata(accumulator, response.headers);
      // The work per frame happens in plain functions: this generator's registers are held by every open stream.
      for await (const frame of readEventStream(response.body, watchdog)) {
        const chunk = codec.readStreamEvent ? codec.readStreamEvent(frame.eventType, frame.payload) : frame.eventType === 'chunk' ? parseNativeChunk(frame.payload) : undefined;
        if (chunk === undefined) continue;
        for (const event of foldParts(accumulator, parser.parse(chunk))) {
          delivered = true;
          watchdog.touch(); // output: the idle clock restarts (frames without output don't restart it)
          yield event;
        }
        if (!codec.readStreamEvent) foldNativeMetadata(accumulator, undefined, chunk);
      }
      for (const event of foldParts(accumulator, parser.flush?.() ?? [])) yield event;
      // Cut cleanly before its stop event: not a success that could hide a cut answer.
      if (!accumulator.snapshot().finishReason) throw new StreamError({ message: 'The stream ended before its stop event.', errorType: 'MissingStopEvent', retryable: true, requestId });
      for (const event of accumulator.end()) yield event;
      return readStreamedOutcome(accumulator, request, requestId);
    } catch (error) {
      const partial = delivered && buildPartial ? buildPartial(readStreamedOutcome(accumulator, request, requestId)) : undefined;
      const typed = classifyFailure(error, watchdog, context.abortSignal, partial);
      if (!typed) throw error;
      if (!partial && (await prepareRetry(typed, retry, context))) continue;
      throw typed;
    } finally {
      watchdog.stop();
    }
  }
}

/**
 * The whole body of a non-streaming answer, as JSON, up to 64 MiB decoded. Neither a body past
 * the limit nor one that does not parse is retried: the generation was done and paid for.
 */
export async function readJsonBody(response: Response, requestId: string | undefined): Promise<unknown> {
  const { text, over } = await readBody(response, 64 * 2 ** 20);
  try {
    if (!over) return JSON.parse(text);
  } catch (cause) {
    throw new ServiceError({ message: 'The answer is not JSON.', cause, requestId, errorType: 'MalformedResponse' });
  }
  throw new ServiceError({ message: 'The answer is over the 64 MiB limit.', requestId, errorType: 'ResponseTooLarge' });
}
