import type { GenerateTextResult, ModelRequest, StreamEvent } from '@bedrock-kit/core';
import { buildResult, convertStepToMessages, type CompletedStep } from '../response/build-result';
import { executeToolCalls } from './execute-tool-calls';
import type { GenerateTextRequest } from '../request/generate-text-request';
import type { StepOutcome } from '../response/step-outcome';

/** Runs one model call for the conversation so far; may yield stream events. */
export type StepRunner = (request: ModelRequest, steps: readonly CompletedStep[]) => AsyncGenerator<StreamEvent, StepOutcome>;

/**
 * The tool loop shared by `generateText` and `streamText`: call the model, and
 * while it asks for tools that all have `execute` and steps remain, run them
 * and call again with the results appended. Returns the run's result, with
 * `warnings` (which steps may still add to) as its call-level warnings.
 * Tools get `abortSignal`.
 */
export async function* runToolLoop(
  request: GenerateTextRequest,
  modelRequest: ModelRequest,
  runStep: StepRunner,
  warnings: string[],
  abortSignal: AbortSignal | undefined,
): AsyncGenerator<StreamEvent, GenerateTextResult> {
  const maxSteps = request.maxSteps ?? 1;
  const steps: CompletedStep[] = [];
  let messages = modelRequest.messages;
  for (;;) {
    const outcome = yield* runStep({ ...modelRequest, messages }, steps);
    const step: CompletedStep = { outcome, toolResults: [] };
    steps.push(step);
    if (outcome.finishReason !== 'tool-calls' || steps.length >= maxSteps) return buildResult(steps, warnings);
    const results = await executeToolCalls(outcome.toolCalls, request.tools, abortSignal);
    if (!results) return buildResult(steps, warnings);
    step.toolResults = results;
    messages = [...messages, ...convertStepToMessages(step)];
  }
}
