import { omitUndefined, type ModelInfo, type ModelRequest, type NativeRequest } from '@bedrock-kit/core';
import { readOpenaiOssReasoningEffort } from './read-openai-oss-reasoning-effort';
import { convertToOpenaiOssMessages } from './convert-to-openai-oss-messages';
import type { OpenaiOssChatRequestBody } from './openai-oss-chat-types';
import { prepareOpenaiOssTools } from './prepare-openai-oss-tools';

/**
 * Builds the gpt-oss InvokeModel body (chat completions). Inference settings
 * use the field names Bedrock documents for these models: `max_completion_tokens`,
 * `stop`, `temperature`, `top_p`
 * (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-openai.html).
 * `additionalModelRequestFields` (e.g. `{ reasoning_effort: 'high' }`) is merged
 * at the top level last, so it can set any chat-completions field. `reasoning` is `reasoning_effort`.
 */
export function prepareOpenaiOssRequest(request: ModelRequest, model: ModelInfo): NativeRequest {
  const { messages, skippedReasoningParts } = convertToOpenaiOssMessages(request.system, request.messages);
  const body: OpenaiOssChatRequestBody = {
    messages,
    ...omitUndefined({
      max_completion_tokens: request.maxTokens,
      temperature: request.temperature,
      top_p: request.topP,
      stop: request.stopSequences?.length ? request.stopSequences : undefined,
      reasoning_effort: readOpenaiOssReasoningEffort(request, model),
      ...prepareOpenaiOssTools(request.tools, request.toolChoice),
    }),
    ...request.additionalModelRequestFields,
  };
  if (skippedReasoningParts === 0) return { body };
  const warning = `openai-oss native InvokeModel: ${skippedReasoningParts} reasoning part(s) of earlier turns were not sent (chat completions has no field for them). Use useConverse: true to send them.`;
  return { body, warnings: [warning] };
}
