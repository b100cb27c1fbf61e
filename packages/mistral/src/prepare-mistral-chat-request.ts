import { createNativeInputError, omitUndefined, type ModelInfo, type ModelRequest, type NativeRequest } from '@bedrock-kit/core';
import { convertToMistralChatMessages } from './convert-to-mistral-chat-messages';
import type { MistralChatRequestBody } from './mistral-wire-types';
import { prepareMistralChatTools } from './prepare-mistral-chat-tools';

/**
 * Builds the chat-completion body `{ messages, tools, tool_choice, max_tokens, temperature, top_p }`
 * plus `additionalModelRequestFields` (merged last). AWS documents no stop parameter for this body,
 * so `stopSequences` are an `InputError` here (the default route takes Converse for them).
 */
export function prepareMistralChatRequest(request: ModelRequest, model: ModelInfo): NativeRequest {
  if (request.stopSequences?.some((stop) => stop !== '')) {
    throw createNativeInputError('mistral', `chat body (${model.modelId}) has no stop-sequence field on Bedrock; drop providerOptions.useConverse: false to use Converse.`);
  }
  const { messages, skippedReasoningParts } = convertToMistralChatMessages(request.system, request.messages);
  const body: MistralChatRequestBody = {
    messages,
    ...prepareMistralChatTools(request.tools, request.toolChoice),
    ...omitUndefined({ max_tokens: request.maxTokens, temperature: request.temperature, top_p: request.topP }),
    ...request.additionalModelRequestFields,
  };
  if (skippedReasoningParts === 0) return { body };
  return { body, warnings: [`mistral native InvokeModel: ${skippedReasoningParts} reasoning part(s) of earlier turns were not sent (the chat body has no field for them). Use useConverse: true to send them.`] };
}
