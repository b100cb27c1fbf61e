import type { GenerateTextResult } from '@bedrock-kit/core';
import type { BedrockInstance } from './bedrock-instance';
import { buildResult } from './build-result';
import type { GenerateTextRequest } from './generate-text-request';
import { prepareCall } from './prepare-call';
import type { RetryState } from './prepare-retry';
import { prepareRouteRequest } from './prepare-route-request';
import { runGenerateStep } from './run-generate-step';
import { runToolLoop } from './run-tool-loop';

/** `bedrock.generateText`: one model call, or the tool loop up to `maxSteps` calls. */
export async function generateText(instance: BedrockInstance, request: GenerateTextRequest): Promise<GenerateTextResult> {
  const { context, target, modelRequest, route } = prepareCall(instance, request, false);
  const retry: RetryState = { retries: 0, skewCorrected: false };
  const loop = runToolLoop(request, modelRequest, async function* (stepRequest) {
    return runGenerateStep(context, prepareRouteRequest(target, stepRequest, route, context.endpoint), retry);
  });
  let next = await loop.next();
  while (!next.done) next = await loop.next(); // non-streaming steps yield no events
  return buildResult(next.value, []);
}
