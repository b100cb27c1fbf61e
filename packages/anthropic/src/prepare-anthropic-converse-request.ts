import { loadOnUse, readLoaded, type CodeOnUse, type ConverseRequestBody, type ModelInfo, type ModelRequest, type Part, type SystemPart } from '@bedrock-kit/core';

/** Claude's Converse rules, loaded for a request that has any of them. */
const rules: CodeOnUse<typeof import('./apply-anthropic-converse-rules')> = {
  what: "Claude's Converse rules (reasoning, cache points, citations)",
  load: () => import('./apply-anthropic-converse-rules'),
};

/** The keys whose rules live in the chunk: the prompt cache and its aliases, citations. */
const ruledKeys = ['promptCache', 'anthropicPromptCache', 'anthropicPromptCacheTtl', 'anthropicCitations'];
const isCachePoint = (part: Part | SystemPart) => part.type === 'cache-point';

/**
 * Whether a request has any of Claude's Converse quirks: `reasoning`, thinking in
 * `additionalModelRequestFields`, a prompt-cache or citations key, or a cache point placed by hand.
 * Their rules (`applyAnthropicConverseRules`) are a chunk loaded on use: a request with none of them
 * goes over Converse exactly as the facade built it.
 */
export function hasAnthropicConverseRules(request: ModelRequest): boolean {
  const { providerOptions, additionalModelRequestFields: fields, systemParts, systemMessages, messages } = request;
  if (request.reasoning !== undefined || fields?.thinking !== undefined || fields?.reasoning_config !== undefined) return true;
  if (ruledKeys.some((key) => providerOptions[key] !== undefined)) return true;
  return !!systemParts?.some(isCachePoint) || [...(systemMessages ?? []), ...messages].some(({ content }) => typeof content !== 'string' && content.some(isCachePoint));
}

/** `ConverseAdapter.load`: the rules' chunk, for a request that has any of them. */
export function loadAnthropicConverseRules(request: ModelRequest): Promise<unknown> | undefined {
  return rules.module || !hasAnthropicConverseRules(request) ? undefined : loadOnUse(rules);
}

/**
 * Claude's quirks on the Converse route, applied to the body the facade built (see
 * `applyAnthropicConverseRules`): a request without any returns the body unchanged. The facade has
 * loaded the rules first (`loadAnthropicConverseRules`).
 */
export function prepareAnthropicConverseRequest(body: ConverseRequestBody, request: ModelRequest, model: ModelInfo): ConverseRequestBody {
  if (!hasAnthropicConverseRules(request)) return body;
  return readLoaded(rules).applyAnthropicConverseRules(body, request, model);
}
