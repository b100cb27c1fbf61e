import type { ConverseRequestBody, ModelInfo, ModelRequest } from '@bedrock-kit/core';
import { checkNovaMedia } from './check-nova-media';
import { addTrailingCachePoint } from './add-trailing-cache-point';
import { novaCachePoint } from './nova-cache-point';
import { readNovaPromptCache } from './read-nova-prompt-cache';
import { readNovaReasoning } from './read-nova-reasoning';

/**
 * Nova's quirks on the Converse body the facade built: `reasoning` goes in
 * `additionalModelRequestFields.reasoningConfig` (Nova 2 extended thinking; Converse has no field
 * of its own for it), and `providerOptions.promptCache` places cache points after the system prompt
 * and at the end of the conversation so far — Nova caches system and messages, never tools. An
 * image, document or video part the model's row lacks is refused before sending.
 */
export function prepareNovaConverseRequest(body: ConverseRequestBody, request: ModelRequest, model: ModelInfo): ConverseRequestBody {
  checkNovaMedia(request.messages, model);
  const reasoningConfig = readNovaReasoning(request.reasoning, model);
  const cache = readNovaPromptCache(request.providerOptions, model);
  if (!reasoningConfig && !cache) return body;
  const next: ConverseRequestBody = { ...body };
  if (reasoningConfig) next.additionalModelRequestFields = { ...body.additionalModelRequestFields, reasoningConfig };
  if (cache) {
    if (body.system && body.system.length > 0 && !('cachePoint' in body.system.at(-1)!)) next.system = [...body.system, novaCachePoint];
    next.messages = body.messages.map((message) => ({ ...message, content: [...message.content] }));
    addTrailingCachePoint(next.messages);
  }
  return next;
}
