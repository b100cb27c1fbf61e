import {
  createStreamAccumulator,
  ValidationError,
  type GenerateTextResult,
  type StreamEvent,
} from '@bedrock-kit/core';
import type { BedrockInstance } from './bedrock-instance';
import { buildResult } from './build-result';
import type { CallContext } from './call-context';
import { createTextStream, type TextStream } from './create-text-stream';
import type { GenerateTextRequest } from './generate-text-request';
import { prepareCall } from './prepare-call';
import type { RetryState } from './prepare-retry';
import { prepareRouteRequest, type RouteRequest } from './prepare-route-request';
import { replayResponseAsParts } from './replay-response-as-parts';
import { runGenerateStep } from './run-generate-step';
import { runStreamStep } from './run-stream-step';
import { runToolLoop } from './run-tool-loop';
import { isStreamingToolUseRefusal } from './service-message-heuristics';
import type { StepOutcome } from './step-outcome';

const fallbackWarning =
  'This model does not support tool use while streaming on Bedrock: bedrock-kit made one non-streaming call and replayed its answer as stream events.';

/** `bedrock.streamText`: events as they arrive; the tool loop and the tools-while-streaming fallback included. */
export function streamText(instance: BedrockInstance, request: GenerateTextRequest): TextStream {
  return createTextStream((abortSignal) => run(instance, { ...request, ...(abortSignal ? { abortSignal } : {}) }), request.abortSignal);
}

async function* run(instance: BedrockInstance, request: GenerateTextRequest): AsyncGenerator<StreamEvent, GenerateTextResult> {
  const { context, target, modelRequest, route } = prepareCall(instance, request, true);
  const retry: RetryState = { retries: 0, skewCorrected: false };
  const warnings: string[] = [];
  const hasTools = (modelRequest.tools?.length ?? 0) > 0;
  let fallback = hasTools && target.info?.capabilities.toolsWhileStreaming === false;

  const steps = yield* runToolLoop(request, modelRequest, async function* (stepRequest, done) {
    if (!fallback) {
      const routeRequest = prepareRouteRequest(target, stepRequest, route, context.endpoint);
      const partialOf = (step: StepOutcome) => buildResult([...done, { outcome: step, toolResults: [] }], warnings);
      try {
        return yield* runStreamStep(context, routeRequest, retry, partialOf);
      } catch (error) {
        // The service refused tools while streaming before any output: fall back (API.md).
        if (!(hasTools && ValidationError.isInstance(error) && isStreamingToolUseRefusal(error.message))) throw error;
        fallback = true;
      }
    }
    if (!warnings.includes(fallbackWarning)) warnings.push(fallbackWarning);
    return yield* replayStep(context, prepareRouteRequest(target, { ...stepRequest, stream: false }, route, context.endpoint), retry);
  });
  return buildResult(steps, warnings);
}

async function* replayStep(context: CallContext, request: RouteRequest, retry: RetryState): AsyncGenerator<StreamEvent, StepOutcome> {
  const outcome = await runGenerateStep(context, request, retry);
  const accumulator = createStreamAccumulator();
  const parts = replayResponseAsParts({ content: outcome.content, finishReason: outcome.finishReason, usage: outcome.usage, citations: outcome.citations });
  for (const part of parts) yield* accumulator.push(part);
  yield* accumulator.end();
  return outcome;
}
