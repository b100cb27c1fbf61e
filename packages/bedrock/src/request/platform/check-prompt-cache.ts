import type { ModelRequest } from '@bedrock-kit/core';
import type { ModelTarget } from '../resolve-model-target';
import { throwInputError } from '../throw-input-error';

/**
 * `providerOptions.promptCache` places cache points through the model's family (Claude, Nova):
 * a model whose row has no caching, or that no configured family serves, would drop it silently,
 * so both are an `InputError`.
 */
export function checkPromptCache({ info, parsed }: ModelTarget, { providerOptions }: ModelRequest): void {
  const option = providerOptions.promptCache;
  if (option !== undefined && option !== false && !info?.capabilities.promptCaching) {
    throwInputError(
      `providerOptions.promptCache: ${info ? `${parsed.modelId} has no prompt caching on Bedrock` : `no configured family serves "${parsed.modelId}" to place its cache points`}.`,
    );
  }
}
