import type { ModelRequest, StreamEvent } from '@bedrock-kit/core';
import { convertStepToMessages, type CompletedStep } from './build-result';
import { executeToolCalls } from './execute-tool-calls';
import type { GenerateTextRequest } from './generate-text-request';
import type { StepOutcome } from './step-outcome';

/** Runs one model call for the conversation so far; may yield stream events. */
export type StepRunner = (request: ModelRequest, steps: readonly CompletedStep[]) => AsyncGenerator<StreamEvent, StepOutcome>;

/**
 * The tool loop shared by `generateText` and `streamText`: call the model, and
 * while it asks for tools that all have `execute` and steps remain, run them
 * and call again with the results appended.
 */
export async function* runToolLoop(request: GenerateTextRequest, modelRequest: ModelRequest, runStep: StepRunner): AsyncGenerator<StreamEvent, CompletedStep[]> {
  const maxSteps = request.maxSteps ?? 1;
  const steps: CompletedStep[] = [];
  let messages = modelRequest.messages;
  for (;;) {
    const outcome = yield* runStep({ ...modelRequest, messages }, steps);
    const step: CompletedStep = { outcome, toolResults: [] };
    steps.push(step);
    if (outcome.finishReason !== 'tool-calls' || steps.length >= maxSteps) return steps;
    const results = await executeToolCalls(outcome.toolCalls, request.tools, request.abortSignal);
    if (!results) return steps;
    step.toolResults = results;
    messages = [...messages, ...convertStepToMessages(step)];
  }
}
