import { loadOnUse, ValidationError, type CodeOnUse, type GenerateTextResult, type ModelRequest, type StreamEvent } from '@bedrock-kit/core';
import type { BedrockInstance } from '../client/bedrock-instance';
import { buildResult, type CompletedStep } from '../response/build-result';
import type { CallContext } from '../transport/call-context';
import { createCallContext, startDeadline, waitBeforePreparing } from '../transport/create-call-context';
import type { GenerateTextRequest } from '../request/generate-text-request';
import { prepareCall, readyCall, type PreparedCall } from '../request/prepare-call';
import { explainRefusal } from '../request/refusal/refuse-request';
import type { RetryState } from '../transport/prepare-retry';
import { prepareRouteRequest, type RouteRequest } from '../request/prepare-route-request';
import { runModelStep, type PartialBuilder } from '../transport/run-model-step';
import { runToolLoop } from './run-tool-loop';
import { runWithinDeadline } from '../transport/run-within-deadline';
import { isStreamingToolUseRefusal } from '../transport/service-message-heuristics';
import type { StepOutcome } from '../response/step-outcome';
import type { traceTextCall } from '../transport/telemetry';

/** The replay of a non-streaming answer as events: only the tools-while-streaming fallback needs it. */
const replay: CodeOnUse<typeof import('../response/replay-outcome-as-events')> = {
  what: 'the stream replay of a non-streaming answer',
  load: () => import('../response/replay-outcome-as-events'),
};

/** What the steps of one call share. */
interface CallState {
  context: CallContext;
  prepared: PreparedCall;
  retry: RetryState;
  warnings: string[];
  /** A stream with tools: the service may refuse tool use while streaming. */
  mayFallBack: boolean;
  /** Steps are made without streaming and replayed as events. */
  fallback: boolean;
}

/**
 * One `generateText` or `streamText` call: validation, routing, the tool loop,
 * and for streams with tools the non-streaming fallback (API.md) when the model
 * can't stream tool use. Yields stream events (none when not streaming).
 * The rules that need no network throw here, before the generator is made.
 * `abortSignal` replaces the request's own (a stream passes one that also fires when its reader stops).
 */
export function runCall(
  instance: BedrockInstance,
  request: GenerateTextRequest,
  stream: boolean,
  abortSignal = request.abortSignal,
  streamsUnderTheHood?: (prepared: PreparedCall) => boolean,
): AsyncGenerator<StreamEvent, GenerateTextResult> {
  const prepared = prepareCall(instance, request, stream);
  if (!(prepared instanceof Promise)) return runPreparedCall(instance, request, prepared, stream, abortSignal, streamsUnderTheHood);
  return runOncePrepared(instance, request, prepared, stream, abortSignal, streamsUnderTheHood);
}

/** A call whose preparation waits for code loaded on use (`prepareCall`): within the call's deadline, which it keeps. */
async function* runOncePrepared(
  instance: BedrockInstance,
  request: GenerateTextRequest,
  preparing: Promise<PreparedCall>,
  stream: boolean,
  abortSignal: AbortSignal | undefined,
  streamsUnderTheHood: ((prepared: PreparedCall) => boolean) | undefined,
): AsyncGenerator<StreamEvent, GenerateTextResult> {
  const deadline = startDeadline(instance);
  const prepared = await waitBeforePreparing(instance, abortSignal, deadline, preparing);
  return yield* runPreparedCall(instance, request, prepared, stream, abortSignal, streamsUnderTheHood, deadline);
}

function runPreparedCall(
  instance: BedrockInstance,
  request: GenerateTextRequest,
  prepared: PreparedCall,
  stream: boolean,
  abortSignal: AbortSignal | undefined,
  streamsUnderTheHood: ((prepared: PreparedCall) => boolean) | undefined,
  deadline?: number,
): AsyncGenerator<StreamEvent, GenerateTextResult> {
  // generateText on the streaming route (long generations): its events are folded into the same result.
  if (!stream && streamsUnderTheHood?.(prepared)) prepared.modelRequest.stream = stream = true;
  const { target, modelRequest } = prepared;
  const context = createCallContext(instance, prepared, abortSignal, deadline);
  const mayFallBack = stream && (modelRequest.tools?.length ?? 0) > 0;
  const fallback = mayFallBack && target.info?.capabilities.toolsWhileStreaming === false;
  const call: CallState = { context, prepared, retry: { retries: 0, skewCorrected: false }, warnings: [], mayFallBack, fallback };
  // The tool loop is the call's generator itself: each level between the body and the caller is held while the stream is open.
  const loop = runToolLoop(request, modelRequest, (stepRequest, done) => runStep(call, stepRequest, done), call.warnings, (work) => runWithinDeadline(context, work));
  const { telemetry } = instance.options;
  return telemetry ? traceLazily(telemetry, context, target.parsed.modelId, modelRequest, loop) : loop;
}

/** A traced call (`telemetry` option): the tracing code is loaded on the first one, so a bundle that never traces holds none of it. */
async function* traceLazily(...args: Parameters<typeof traceTextCall>): AsyncGenerator<StreamEvent, GenerateTextResult> {
  const telemetry = await import('../transport/telemetry');
  return yield* telemetry.traceTextCall(...args);
}

/**
 * One step. Without a possible fallback it is the model call itself: every
 * async generator between the body and the caller holds memory for as long
 * as the stream is open, so none is added just to forward events.
 */
function runStep(call: CallState, stepRequest: ModelRequest, done: readonly CompletedStep[]): AsyncGenerator<StreamEvent, StepOutcome> {
  if (call.mayFallBack) return runStepWithFallback(call, stepRequest, done);
  const { context, retry, warnings } = call;
  return runModelStep(context, prepareStep(call, stepRequest), retry, partialBuilder(done, warnings));
}

/** A streamed step with tools: falls back to one non-streaming call, replayed as events, when the model can't stream tool use. */
async function* runStepWithFallback(call: CallState, stepRequest: ModelRequest, done: readonly CompletedStep[]): AsyncGenerator<StreamEvent, StepOutcome> {
  const { context, retry, warnings } = call;
  if (!call.fallback) {
    try {
      return yield* runModelStep(context, prepareStep(call, stepRequest), retry, partialBuilder(done, warnings));
    } catch (error) {
      // The service refused tools while streaming before any output: fall back.
      if (!(ValidationError.isInstance(error) && isStreamingToolUseRefusal(error.message))) throw error;
      call.fallback = true;
    }
  }
  const outcome = yield* runModelStep(context, prepareStep(call, { ...stepRequest, stream: false }), retry);
  // Only models that refuse tools while streaming get here (gpt-oss): the replay and its warning are loaded then.
  const { replayOutcomeAsEvents, fallbackWarning } = await runWithinDeadline(context, () => loadOnUse(replay));
  if (!warnings.includes(fallbackWarning)) warnings.push(fallbackWarning);
  yield* replayOutcomeAsEvents(outcome);
  return outcome;
}

/** The step's request, once the code the call loads on use is there (the route's codec, the Converse adapter's code, round two's request features). */
function prepareStep({ prepared, context }: CallState, stepRequest: ModelRequest): RouteRequest | Promise<RouteRequest> {
  const prepare = ({ target, route, codec, endpoint, platform }: PreparedCall) => prepareRouteRequest(target, stepRequest, route, codec, endpoint, platform);
  const wait = <T>(load: () => Promise<T>) => runWithinDeadline(context, load);
  // A refusal's message is loaded on use (`explainRefusal`), a wait within the call's deadline too.
  const explain = (error: unknown) => explainRefusal(error, wait);
  try {
    const ready = readyCall(prepared, wait, stepRequest);
    return ready instanceof Promise ? ready.then(prepare).catch(explain) : prepare(ready);
  } catch (error) {
    return explain(error);
  }
}

/** The caller-facing `partial` of a step in flight: the finished steps plus this one. */
function partialBuilder(done: readonly CompletedStep[], warnings: string[]): PartialBuilder {
  return (step) => buildResult([...done, { outcome: step, toolResults: [] }], warnings);
}
