import { completeNativeUsage, hasGuardrailIntervened, ServiceError, type ModelResponse, type NativeResponseContext } from '@bedrock-kit/core';
import { splitThink } from './create-think-splitter';
import type { DeepseekResponseBody } from './deepseek-request-body';
import { mapDeepseekStopReason } from './map-deepseek-stop-reason';

/**
 * Decodes an R1 InvokeModel answer `{ choices: [{ text, stop_reason }] }`: what precedes `</think>`
 * becomes a reasoning part (no signature: R1 signs nothing), the rest text; without `</think>`
 * everything is text. The body has no token counts: they come from the
 * `X-Amzn-Bedrock-Input-Token-Count` / `-Output-Token-Count` headers.
 */
export function parseDeepseekResponse(body: unknown, context: NativeResponseContext): ModelResponse {
  const choice = (body as DeepseekResponseBody | null)?.choices?.[0];
  if (typeof choice !== 'object' || choice === null) {
    throw new ServiceError({ message: 'deepseek: the InvokeModel answer has no choices[0]; expected { choices: [{ text, stop_reason }] }. Retry with useConverse: true.' });
  }
  const content = splitThink(typeof choice.text === 'string' ? choice.text : '');
  const finishReason = hasGuardrailIntervened(body) ? 'content-filter' : mapDeepseekStopReason(choice.stop_reason);
  return { content, finishReason, usage: completeNativeUsage(context.headers, undefined) };
}
