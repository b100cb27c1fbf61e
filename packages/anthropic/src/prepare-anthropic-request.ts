import { createNativeInputError, omitUndefined, type ModelInfo, type ModelRequest, type NativeRequest } from '@bedrock-kit/core';
import type { AnthropicMessagesBody } from './anthropic-messages-types';
import { applyAnthropicCacheControl } from './apply-anthropic-cache-control';
import { checkAnthropicCachePoints } from './check-anthropic-cache-points';
import { convertToAnthropicBlocks, convertToAnthropicMessages } from './convert-to-anthropic-messages';
import { findAnthropicModelRow } from './find-anthropic-model-row';
import { readAnthropicReasoning } from './read-anthropic-reasoning';
import { prepareAnthropicOutputConfig } from './prepare-anthropic-output-config';
import { prepareAnthropicTools } from './prepare-anthropic-tools';
import { readAnthropicOptions } from './read-anthropic-options';
import { readAnthropicThinkingBudget } from './read-anthropic-thinking-budget';
import { readAnthropicDefaultMaxTokens } from './read-anthropic-default-max-tokens';

/** The Messages API version Bedrock requires in every Claude InvokeModel body. */
export const anthropicBedrockVersion = 'bedrock-2023-05-31';

/**
 * Builds the native InvokeModel body (Anthropic Messages API on Bedrock,
 * https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html).
 * `reasoning` becomes `thinking` (and `output_config.effort` on models with effort); structured output
 * (`responseFormat`) becomes `output_config.format`; `system` given as parts becomes blocks, a cache
 * point marking the block before it; more cache points than Claude's four is an `InputError`.
 * `additionalModelRequestFields` is merged last at the top level, verbatim.
 */
export function prepareAnthropicRequest(request: ModelRequest, model: ModelInfo): NativeRequest {
  const options = readAnthropicOptions(request.providerOptions);
  const reasoning = readAnthropicReasoning(request, model);
  const budgetTokens = reasoning?.budgetTokens ?? readAnthropicThinkingBudget(request, model) ?? 0;
  if (request.systemMessages?.length && !findAnthropicModelRow(model.baseModelId ?? model.modelId)?.systemMessages) {
    throw createNativeInputError('anthropic', `${model.baseModelId ?? model.modelId} takes no mid-conversation system message in the native body; use Converse (drop useConverse: false).`);
  }
  const { outputConfig, warnings } = prepareAnthropicOutputConfig(request, model, reasoning?.effort);
  const body: AnthropicMessagesBody = omitUndefined({
    anthropic_version: anthropicBedrockVersion,
    max_tokens: request.maxTokens ?? readAnthropicDefaultMaxTokens(budgetTokens),
    messages: convertToAnthropicMessages(request.messages, options.citations, request.systemMessages),
    system: request.systemParts ? convertToAnthropicBlocks(request.systemParts, 'user', false, 'system') : request.system || undefined,
    ...prepareAnthropicTools(request.tools, request.toolChoice),
    temperature: request.temperature,
    top_p: request.topP,
    stop_sequences: request.stopSequences?.length ? request.stopSequences : undefined,
    thinking: reasoning?.thinking,
    output_config: outputConfig,
  });
  if (options.promptCache) applyAnthropicCacheControl(body, options.promptCacheTtl);
  Object.assign(body, request.additionalModelRequestFields);
  // Counted in the body as sent (additionalModelRequestFields may replace its fields).
  checkAnthropicCachePoints(body, 'cache_control');
  return warnings.length > 0 ? { body, warnings } : { body };
}
