import type { GenerateTextResult } from '@bedrock-kit/core';
import type { BedrockInstance } from '../client/bedrock-instance';
import type { GenerateTextRequest } from '../request/generate-text-request';
import { runCall } from './run-call';

/** `bedrock.generateText`: one model call, or the tool loop up to `maxSteps` calls. */
export async function generateText(instance: BedrockInstance, request: GenerateTextRequest): Promise<GenerateTextResult> {
  const call = runCall(instance, request, false);
  let next = await call.next();
  while (!next.done) next = await call.next(); // non-streaming steps yield no events
  return next.value;
}
