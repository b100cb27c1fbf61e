import { createNativeInputError, omitUndefined, type ModelInfo, type ModelRequest, type NativeRequest } from '@bedrock-kit/core';
import { assertDeepseekRequest, deepseekMaxStopSequences } from './assert-deepseek-request';
import { convertToDeepseekPrompt } from './convert-to-deepseek-prompt';
import type { DeepseekRequestBody } from './deepseek-request-body';

/**
 * Builds the DeepSeek-R1 InvokeModel body `{ prompt, max_tokens, temperature, top_p, stop }` plus
 * `additionalModelRequestFields` (merged last). `reasoning` has no wire field: R1 always reasons,
 * and any value but `'none'` (refused) means just that. Tools are refused before the network.
 */
export function prepareDeepseekRequest(request: ModelRequest, model: ModelInfo): NativeRequest {
  assertDeepseekRequest(request, model);
  const stops = request.stopSequences?.filter((stop) => stop !== '');
  if (stops && stops.length > deepseekMaxStopSequences) {
    throw createNativeInputError('deepseek', `takes at most ${deepseekMaxStopSequences} stop sequences (${model.modelId} got ${stops.length}).`);
  }
  const { prompt, skippedReasoningParts } = convertToDeepseekPrompt(request.system, request.messages);
  const body: DeepseekRequestBody = {
    prompt,
    ...omitUndefined({ max_tokens: request.maxTokens, temperature: request.temperature, top_p: request.topP, stop: stops?.length ? stops : undefined }),
    ...request.additionalModelRequestFields,
  };
  if (skippedReasoningParts === 0) return { body };
  const warning = `deepseek native InvokeModel: ${skippedReasoningParts} reasoning part(s) of earlier turns were not sent (DeepSeek-R1 is meant to see only the answers of earlier turns).`;
  return { body, warnings: [warning] };
}
