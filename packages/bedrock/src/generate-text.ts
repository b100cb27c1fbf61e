import type { GenerateTextResult, Message } from '@bedrock-kit/core';
import type { BedrockInstance } from './bedrock-instance';
import { buildResult, type CompletedStep } from './build-result';
import { executeToolCalls } from './execute-tool-calls';
import type { GenerateTextRequest } from './generate-text-request';
import { prepareCall } from './prepare-call';
import type { RetryState } from './prepare-retry';
import { prepareRouteRequest } from './prepare-route-request';
import { runGenerateStep } from './run-generate-step';

/** `bedrock.generateText`: one model call, or the tool loop up to `maxSteps` calls. */
export async function generateText(instance: BedrockInstance, request: GenerateTextRequest): Promise<GenerateTextResult> {
  const { context, target, modelRequest, route } = prepareCall(instance, request, false);
  const maxSteps = request.maxSteps ?? 1;
  const retry: RetryState = { retries: 0, skewCorrected: false };
  const steps: CompletedStep[] = [];
  let messages: Message[] = modelRequest.messages;
  for (;;) {
    const routeRequest = prepareRouteRequest(target, { ...modelRequest, messages }, route, context.endpoint);
    const outcome = await runGenerateStep(context, routeRequest, retry);
    const step: CompletedStep = { outcome, toolResults: [] };
    steps.push(step);
    if (outcome.finishReason !== 'tool-calls' || steps.length >= maxSteps) break;
    const results = await executeToolCalls(outcome.toolCalls, request.tools, request.abortSignal);
    if (!results) break;
    step.toolResults = results;
    messages = [...messages, ...buildResult([step], []).response.messages];
  }
  return buildResult(steps, []);
}
