import type { ModelInfo, ModelRequest, NativeRequest } from '@bedrock-kit/core';
import type { AnthropicMessagesBody } from './anthropic-messages-types';
import { applyAnthropicCacheControl } from './apply-anthropic-cache-control';
import { convertToAnthropicMessages } from './convert-to-anthropic-messages';
import { prepareAnthropicTools } from './prepare-anthropic-tools';
import { readAnthropicOptions } from './read-anthropic-options';
import { readAnthropicThinking } from './read-anthropic-thinking';

/** The Messages API version Bedrock requires in every Claude InvokeModel body. */
export const anthropicBedrockVersion = 'bedrock-2023-05-31';

/**
 * `max_tokens` when the caller gives none. The Messages API requires the field; 4096 is the
 * output limit every Claude 3+ model supports (and what pydantic-ai sends, see the recorded
 * test_mid_conversation_system_prompt_on_bedrock).
 */
export const anthropicDefaultMaxTokens = 4096;

/**
 * Builds the native InvokeModel body (Anthropic Messages API on Bedrock,
 * https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html).
 * `additionalModelRequestFields` is merged last at the top level, verbatim.
 */
export function prepareAnthropicRequest(request: ModelRequest, model: ModelInfo): NativeRequest {
  const options = readAnthropicOptions(request.providerOptions);
  const thinking = readAnthropicThinking(request, model);
  const body: AnthropicMessagesBody = {
    anthropic_version: anthropicBedrockVersion,
    max_tokens: request.maxTokens ?? defaultMaxTokens(thinking.budgetTokens),
    messages: convertToAnthropicMessages(request.messages, { citations: options.citations }),
  };
  if (request.system !== undefined && request.system !== '') body.system = request.system;
  Object.assign(body, prepareAnthropicTools(request.tools, request.toolChoice));
  if (request.temperature !== undefined) body.temperature = request.temperature;
  if (request.topP !== undefined) body.top_p = request.topP;
  if (request.stopSequences && request.stopSequences.length > 0) body.stop_sequences = request.stopSequences;
  if (options.promptCache) applyAnthropicCacheControl(body, options.promptCacheTtl);
  Object.assign(body, request.additionalModelRequestFields);
  return { body };
}

// The thinking budget must stay below max_tokens, so a large budget raises the default.
function defaultMaxTokens(budgetTokens: number | undefined): number {
  if (budgetTokens === undefined || budgetTokens < anthropicDefaultMaxTokens) return anthropicDefaultMaxTokens;
  return budgetTokens + anthropicDefaultMaxTokens;
}
