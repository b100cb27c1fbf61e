import type { GenerateTextResult } from '@bedrock-kit/core';
import type { BedrockClient } from '../client/bedrock-client';
import { readClientState } from '../client/read-client-state';
import type { GenerateTextRequest } from '../request/generate-text-request';
import { runCall } from './run-call';
import { streamsUnderTheHood } from './streams-under-the-hood';

/**
 * One model call, or the tool loop up to `maxSteps` calls; the same as `bedrock.generateText`.
 *
 * @example
 * const client = createBedrockClient({ families: [anthropic] });
 * const { text } = await generateText(client, { model: 'anthropic.claude-3-5-haiku-20241022-v1:0', prompt: 'Hi' });
 */
export async function generateText(client: BedrockClient, request: GenerateTextRequest): Promise<GenerateTextResult> {
  const call = runCall(readClientState(client), request, false, request.abortSignal, streamsUnderTheHood);
  let next = await call.next();
  while (!next.done) next = await call.next(); // events of a stream under the hood are folded into the result
  return next.value;
}
