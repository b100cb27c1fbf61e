import { enableDocumentCitations, type ConverseRequestBody, type ModelInfo, type ModelRequest } from '@bedrock-kit/core';
import { addAnthropicCachePoints } from './add-anthropic-cache-points';
import { readAnthropicOptions } from './read-anthropic-options';
import { readAnthropicThinkingBudget } from './read-anthropic-thinking-budget';

/**
 * Claude's quirks on the Converse route, applied to the body the facade built: cache points
 * (`anthropicPromptCache`), citations on documents (`anthropicCitations`), and the thinking /
 * tool-choice rule checked before sending. Returns the input unchanged when nothing applies.
 */
export function prepareAnthropicConverseRequest(body: ConverseRequestBody, request: ModelRequest, model: ModelInfo): ConverseRequestBody {
  const options = readAnthropicOptions(request.providerOptions);
  readAnthropicThinkingBudget(request, model);
  let next = body;
  if (options.citations) next = enableDocumentCitations(next);
  if (options.promptCache) next = addAnthropicCachePoints(next, options.promptCacheTtl);
  return next;
}
