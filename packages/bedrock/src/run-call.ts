import { ValidationError, type GenerateTextResult, type StreamEvent } from '@bedrock-kit/core';
import type { BedrockInstance } from './bedrock-instance';
import { buildResult } from './build-result';
import type { GenerateTextRequest } from './generate-text-request';
import { prepareCall } from './prepare-call';
import type { RetryState } from './prepare-retry';
import { prepareRouteRequest } from './prepare-route-request';
import { replayOutcomeAsEvents } from './replay-outcome-as-events';
import { runModelStep } from './run-model-step';
import { runToolLoop } from './run-tool-loop';
import { isStreamingToolUseRefusal } from './service-message-heuristics';
import type { StepOutcome } from './step-outcome';

const fallbackWarning =
  'This model does not support tool use while streaming on Bedrock: bedrock-kit made one non-streaming call and replayed its answer as stream events.';

/**
 * One `generateText` or `streamText` call: validation, routing, the tool loop,
 * and for streams with tools the non-streaming fallback (API.md) when the model
 * can't stream tool use. Yields stream events (none when not streaming).
 */
export async function* runCall(instance: BedrockInstance, request: GenerateTextRequest, stream: boolean): AsyncGenerator<StreamEvent, GenerateTextResult> {
  const { context, target, modelRequest, route } = prepareCall(instance, request, stream);
  const retry: RetryState = { retries: 0, skewCorrected: false };
  const warnings: string[] = [];
  const mayFallBack = stream && (modelRequest.tools?.length ?? 0) > 0;
  let fallback = mayFallBack && target.info?.capabilities.toolsWhileStreaming === false;

  const steps = yield* runToolLoop(request, modelRequest, async function* (stepRequest, done) {
    if (!fallback) {
      const partialOf = (step: StepOutcome) => buildResult([...done, { outcome: step, toolResults: [] }], warnings);
      try {
        return yield* runModelStep(context, prepareRouteRequest(target, stepRequest, route, context.endpoint), retry, partialOf);
      } catch (error) {
        // The service refused tools while streaming before any output: fall back.
        if (!(mayFallBack && ValidationError.isInstance(error) && isStreamingToolUseRefusal(error.message))) throw error;
        fallback = true;
      }
    }
    if (!warnings.includes(fallbackWarning)) warnings.push(fallbackWarning);
    const outcome = yield* runModelStep(context, prepareRouteRequest(target, { ...stepRequest, stream: false }, route, context.endpoint), retry);
    yield* replayOutcomeAsEvents(outcome);
    return outcome;
  });
  return buildResult(steps, warnings);
}
