import type { GenerateTextResult, ModelRequest, StreamEvent } from '@bedrock-kit/core';
import { buildResult, convertStepToMessages, type CompletedStep } from '../response/build-result';
import { executeToolCalls } from './execute-tool-calls';
import type { GenerateTextRequest } from '../request/generate-text-request';
import type { StepOutcome } from '../response/step-outcome';

/** Runs work (the tools of a step) within the call's abort signal and deadline, handing it a signal that fires with them. */
export type RunWithinDeadline = <T>(work: (signal: AbortSignal) => Promise<T>) => Promise<T>;

/** Runs one model call for the conversation so far; may yield stream events. */
export type StepRunner = (request: ModelRequest, steps: readonly CompletedStep[]) => AsyncGenerator<StreamEvent, StepOutcome>;

/**
 * The tool loop shared by `generateText` and `streamText`: call the model, and
 * while it asks for tools that all have `execute` and steps remain, run them
 * and call again with the results appended. Returns the run's result, with
 * `warnings` (which steps may still add to) as its call-level warnings.
 * Tools run within the call's deadline and get its signal as `abortSignal`.
 */
export async function* runToolLoop(
  request: GenerateTextRequest,
  modelRequest: ModelRequest,
  runStep: StepRunner,
  warnings: string[],
  withinDeadline: RunWithinDeadline,
): AsyncGenerator<StreamEvent, GenerateTextResult> {
  const maxSteps = request.maxSteps ?? 1;
  const steps: CompletedStep[] = [];
  let messages = modelRequest.messages;
  for (;;) {
    const outcome = yield* runStep({ ...modelRequest, messages }, steps);
    const step: CompletedStep = { outcome, toolResults: [] };
    steps.push(step);
    if (outcome.finishReason !== 'tool-calls' || steps.length >= maxSteps) return buildResult(steps, warnings);
    const results = await withinDeadline((signal) => executeToolCalls(outcome.toolCalls, request.tools, signal));
    if (!results) return buildResult(steps, warnings);
    step.toolResults = results;
    messages = [...messages, ...convertStepToMessages(step)];
  }
}
