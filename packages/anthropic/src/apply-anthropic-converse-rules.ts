import { enableDocumentCitations, type ConverseRequestBody, type ModelInfo, type ModelRequest } from '@bedrock-kit/core';
import { addAnthropicCachePoints } from './add-anthropic-cache-points';
import { checkAnthropicCachePoints } from './check-anthropic-cache-points';
import { readAnthropicOptions } from './read-anthropic-options';
import { readAnthropicReasoning } from './read-anthropic-reasoning';
import { readAnthropicThinkingBudget } from './read-anthropic-thinking-budget';
import { readAnthropicDefaultMaxTokens } from './read-anthropic-default-max-tokens';

/**
 * Claude's quirks on the Converse route (a chunk loaded on use, for a request that has any of them:
 * `prepareAnthropicConverseRequest`), applied to the body the facade built: cache points
 * (`anthropicPromptCache`, as many as fit beside those placed by hand; more than Claude's four in all
 * is an `InputError`), citations on documents (`anthropicCitations`), and the thinking /
 * tool-choice rule checked before sending, and `reasoning` as `additionalModelRequestFields.thinking`
 * plus `outputConfig.effort` on models with effort (service model `OutputConfig.effort`); with a
 * budget and no `maxTokens`, `inferenceConfig.maxTokens` is the native default (raised past a large
 * budget) so the budget fits. Returns the input unchanged when nothing applies.
 */
export function applyAnthropicConverseRules(body: ConverseRequestBody, request: ModelRequest, model: ModelInfo): ConverseRequestBody {
  const options = readAnthropicOptions(request.providerOptions);
  readAnthropicThinkingBudget(request, model);
  const reasoning = readAnthropicReasoning(request, model);
  let next = body;
  if (reasoning) {
    next = { ...next, additionalModelRequestFields: { ...next.additionalModelRequestFields, thinking: reasoning.thinking } };
    if (reasoning.effort) next.outputConfig = { ...(next.outputConfig as object | undefined), effort: reasoning.effort };
    if (reasoning.budgetTokens !== undefined && request.maxTokens === undefined) {
      next.inferenceConfig = { ...next.inferenceConfig, maxTokens: readAnthropicDefaultMaxTokens(reasoning.budgetTokens) };
    }
  }
  if (options.citations) next = enableDocumentCitations(next);
  if (options.promptCache) next = addAnthropicCachePoints(next, options.promptCacheTtl);
  checkAnthropicCachePoints(next, 'cachePoint');
  return next;
}
