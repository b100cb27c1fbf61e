import { omitUndefined, type ModelInfo, type ModelRequest, type NativeRequest } from '@bedrock-kit/core';
import { addTrailingCachePoint } from './add-trailing-cache-point';
import { convertToNovaMessages } from './convert-to-nova-messages';
import { novaCachePoint } from './nova-cache-point';
import { findNovaModel } from './amazon-models';
import type { NovaContentBlock, NovaRequestBody } from './nova-types';
import { prepareNovaTools } from './prepare-nova-tools';
import { readNovaPromptCache } from './read-nova-prompt-cache';
import { readNovaReasoning } from './read-nova-reasoning';

/**
 * Builds the Nova InvokeModel body (`schemaVersion: 'messages-v1'`): `system` as text blocks,
 * `messages`, `inferenceConfig` (`maxTokens`, `temperature`, `topP`, `stopSequences`, the names of
 * the Nova request-schema page; early AWS samples wrote `max_new_tokens`, which the service also
 * reads), `toolConfig`, Nova 2's `reasoningConfig`, and cache points after the system prompt and the
 * conversation so far when `providerOptions.promptCache` is set (Nova caches system and messages,
 * never tools). `additionalModelRequestFields` is merged last at the top level, with its
 * `inferenceConfig` merged into ours, so `{ inferenceConfig: { topK: 20 } }` works on both routes.
 */
export function prepareNovaRequest(request: ModelRequest, model: ModelInfo): NativeRequest {
  const generation = findNovaModel(model.baseModelId)?.generation ?? 1;
  const reasoningConfig = readNovaReasoning(request.reasoning, model);
  const cache = readNovaPromptCache(request.providerOptions, model);
  const messages = convertToNovaMessages(request.messages, model, generation);
  const historyHasToolBlocks = messages.some((m) => m.content.some((block) => 'toolUse' in block || 'toolResult' in block));
  const { toolConfig, warnings } = prepareNovaTools(request.tools, request.toolChoice, historyHasToolBlocks);

  let system: NovaContentBlock[] | undefined = request.system ? [{ text: request.system }] : undefined;
  if (cache) {
    if (system) system = [...system, novaCachePoint];
    addTrailingCachePoint(messages);
  }
  const { inferenceConfig: extraInference, ...extra } = request.additionalModelRequestFields ?? {};
  const inferenceConfig = omitUndefined({
    maxTokens: request.maxTokens,
    temperature: request.temperature,
    topP: request.topP,
    stopSequences: request.stopSequences?.length ? request.stopSequences : undefined,
    ...(typeof extraInference === 'object' && extraInference !== null ? extraInference : {}),
  });
  const body: NovaRequestBody = {
    schemaVersion: 'messages-v1',
    ...omitUndefined({ system }),
    messages,
    ...omitUndefined({
      inferenceConfig: Object.keys(inferenceConfig).length > 0 ? inferenceConfig : undefined,
      toolConfig,
      reasoningConfig,
    }),
    ...extra,
  };
  return warnings.length > 0 ? { body, warnings } : { body };
}
