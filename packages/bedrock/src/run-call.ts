import { ValidationError, type GenerateTextResult, type ModelRequest, type StreamEvent } from '@bedrock-kit/core';
import type { BedrockInstance } from './bedrock-instance';
import { buildResult, type CompletedStep } from './build-result';
import type { GenerateTextRequest } from './generate-text-request';
import { prepareCall, type PreparedCall } from './prepare-call';
import type { RetryState } from './prepare-retry';
import { prepareRouteRequest } from './prepare-route-request';
import { replayOutcomeAsEvents } from './replay-outcome-as-events';
import { runModelStep } from './run-model-step';
import { runToolLoop } from './run-tool-loop';
import { isStreamingToolUseRefusal } from './service-message-heuristics';
import type { StepOutcome } from './step-outcome';

const fallbackWarning =
  'This model does not support tool use while streaming on Bedrock: bedrock-kit made one non-streaming call and replayed its answer as stream events.';

/** One call's fixed pieces and the state its steps share. */
interface CallState extends PreparedCall {
  retry: RetryState;
  warnings: string[];
  /** A stream with tools: the service may refuse them while streaming. */
  mayFallBack: boolean;
  /** The model can't stream tool use: every step is a non-streaming call replayed as events. */
  fallback: boolean;
}

/**
 * One `generateText` or `streamText` call: validation, routing, the tool loop,
 * and for streams with tools the non-streaming fallback (API.md) when the model
 * can't stream tool use. Yields stream events (none when not streaming).
 */
export async function* runCall(instance: BedrockInstance, request: GenerateTextRequest, stream: boolean): AsyncGenerator<StreamEvent, GenerateTextResult> {
  const prepared = prepareCall(instance, request, stream);
  const mayFallBack = stream && (prepared.modelRequest.tools?.length ?? 0) > 0;
  const call: CallState = {
    ...prepared,
    retry: { retries: 0, skewCorrected: false },
    warnings: [],
    mayFallBack,
    fallback: mayFallBack && prepared.target.info?.capabilities.toolsWhileStreaming === false,
  };
  // A module-level step generator behind an arrow: a generator function made per call would allocate its own prototype.
  const steps = yield* runToolLoop(request, prepared.modelRequest, (stepRequest, done) => runStep(call, stepRequest, done));
  return buildResult(steps, call.warnings);
}

async function* runStep(call: CallState, stepRequest: ModelRequest, done: readonly CompletedStep[]): AsyncGenerator<StreamEvent, StepOutcome> {
  const { context, target, route, retry, warnings } = call;
  if (!call.fallback) {
    const partialOf = (step: StepOutcome) => buildResult([...done, { outcome: step, toolResults: [] }], warnings);
    try {
      return yield* runModelStep(context, prepareRouteRequest(target, stepRequest, route, context.endpoint), retry, partialOf);
    } catch (error) {
      // The service refused tools while streaming before any output: fall back.
      if (!(call.mayFallBack && ValidationError.isInstance(error) && isStreamingToolUseRefusal(error.message))) throw error;
      call.fallback = true;
    }
  }
  if (!warnings.includes(fallbackWarning)) warnings.push(fallbackWarning);
  const outcome = yield* runModelStep(context, prepareRouteRequest(target, { ...stepRequest, stream: false }, route, context.endpoint), retry);
  yield* replayOutcomeAsEvents(outcome);
  return outcome;
}
