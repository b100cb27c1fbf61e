import type { ModelRequest, NativeRequest } from '@bedrock-kit/core';
import { convertToOpenaiOssMessages } from './convert-to-openai-oss-messages';
import type { OpenaiOssChatRequestBody } from './openai-oss-chat-types';
import { prepareOpenaiOssTools } from './prepare-openai-oss-tools';

/**
 * Builds the gpt-oss InvokeModel body (chat completions). Inference settings
 * use the field names Bedrock documents for these models: `max_completion_tokens`,
 * `stop`, `temperature`, `top_p`
 * (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-openai.html).
 * `additionalModelRequestFields` (e.g. `{ reasoning_effort: 'high' }`) is merged
 * at the top level last, so it can set any chat-completions field.
 */
export function prepareOpenaiOssRequest(request: ModelRequest): NativeRequest {
  const { messages, skippedReasoningParts } = convertToOpenaiOssMessages(request.system, request.messages);
  const body: OpenaiOssChatRequestBody = {
    messages,
    ...(request.maxTokens !== undefined ? { max_completion_tokens: request.maxTokens } : {}),
    ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
    ...(request.topP !== undefined ? { top_p: request.topP } : {}),
    ...(request.stopSequences !== undefined && request.stopSequences.length > 0 ? { stop: request.stopSequences } : {}),
    ...prepareOpenaiOssTools(request.tools, request.toolChoice),
    ...request.additionalModelRequestFields,
  };
  const warnings: string[] = [];
  if (skippedReasoningParts > 0) {
    warnings.push(
      `openai-oss native InvokeModel: ${skippedReasoningParts} reasoning part(s) of earlier assistant turns were not sent; chat completions has no input for reasoning and gpt-oss does not need it. Use useConverse: true to send them as reasoningContent.`,
    );
  }
  return warnings.length > 0 ? { body, warnings } : { body };
}
