import { InputError, type ModelInfo } from '@bedrock-kit/core';
import { checkCacheTtl } from './check-cache-ttl';

/**
 * `providerOptions.promptCache` (`true` or `{ ttl }`) for a Nova model: whether to place cache points.
 * A TTL the model's row lacks (Nova takes the default 5 minutes only) is an `InputError`.
 */
export function readNovaPromptCache(providerOptions: Record<string, unknown>, model: ModelInfo): boolean {
  const option = providerOptions.promptCache;
  if (option === undefined || option === false) return false;
  const id = model.baseModelId ?? model.modelId;
  if (option !== true && (typeof option !== 'object' || option === null || Array.isArray(option))) {
    throw new InputError({ message: `providerOptions.promptCache must be a boolean or { ttl }; got ${typeof option}.` });
  }
  if (!model.capabilities.promptCaching) {
    throw new InputError({ message: `providerOptions.promptCache: ${id} has no prompt caching; drop the option.` });
  }
  const ttl = option === true ? undefined : (option as { ttl?: unknown }).ttl;
  checkCacheTtl(ttl, model, 'providerOptions.promptCache.ttl');
  return true;
}
