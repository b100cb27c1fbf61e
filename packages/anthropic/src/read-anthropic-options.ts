import { throwInputError } from './throw-input-error';

/** The `providerOptions` keys this family reads. */
export interface AnthropicOptions {
  /** `providerOptions.anthropicPromptCache`: add cache points on system, tools and the conversation prefix. */
  promptCache: boolean;
  /** `providerOptions.anthropicPromptCacheTtl`: `'5m'` or `'1h'`; absent means the service default (5 minutes). */
  promptCacheTtl?: '5m' | '1h';
  /** `providerOptions.anthropicCitations`: ask for citations on every document part. */
  citations: boolean;
}

/**
 * Reads and checks this family's keys of `providerOptions`; other keys are ignored. The platform key
 * `promptCache` (`true` or `{ ttl }`) is read here too: `anthropicPromptCache` / `anthropicPromptCacheTtl`
 * are its aliases.
 */
export function readAnthropicOptions(providerOptions: Record<string, unknown>): AnthropicOptions {
  const { promptCache, anthropicCitations = false } = providerOptions;
  let { anthropicPromptCache = false, anthropicPromptCacheTtl } = providerOptions;
  let ttlField = 'anthropicPromptCacheTtl';
  if (promptCache !== undefined && promptCache !== false) {
    if (promptCache !== true && (typeof promptCache !== 'object' || promptCache === null || Array.isArray(promptCache))) {
      throwInputError(`providerOptions.promptCache must be a boolean or { ttl }; got ${typeof promptCache}.`);
    }
    anthropicPromptCache = true;
    const ttl = (promptCache as { ttl?: unknown }).ttl;
    if (ttl !== undefined) [anthropicPromptCacheTtl, ttlField] = [ttl, 'promptCache.ttl'];
  }
  checkBoolean('anthropicPromptCache', anthropicPromptCache);
  checkBoolean('anthropicCitations', anthropicCitations);
  // The TTLs Bedrock accepts for Claude cache points.
  if (anthropicPromptCacheTtl !== undefined && anthropicPromptCacheTtl !== '5m' && anthropicPromptCacheTtl !== '1h') {
    throwInputError(`providerOptions.${ttlField} must be '5m' or '1h'; got ${JSON.stringify(anthropicPromptCacheTtl)}.`);
  }
  return { promptCache: anthropicPromptCache, promptCacheTtl: anthropicPromptCacheTtl, citations: anthropicCitations };
}

function checkBoolean(key: string, value: unknown): asserts value is boolean {
  if (typeof value !== 'boolean') {
    throwInputError(`providerOptions.${key} must be a boolean; got ${typeof value}.`);
  }
}
