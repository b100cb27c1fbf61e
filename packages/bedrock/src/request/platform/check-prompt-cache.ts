import type { ModelRequest } from '@bedrock-kit/core';
import type { ModelTarget } from '../resolve-model-target';
import { throwInputError } from '../throw-input-error';

/**
 * `providerOptions.promptCache` places cache points through the model's family (Claude, Nova):
 * a model whose row has no caching, or that no configured family serves, would drop it silently,
 * so both are an `InputError`.
 */
export function checkPromptCache({ family, info, parsed }: ModelTarget, request: ModelRequest): void {
  const option = request.providerOptions.promptCache;
  if (option === undefined || option === false) return;
  if (!family || !info) {
    throwInputError(`providerOptions.promptCache: no configured family serves "${parsed.modelId}", so bedrock-kit can't place its cache points; pass its family to createBedrock({ families }) (or providerOptions.baseModel for an ARN).`);
  }
  if (!info.capabilities.promptCaching) throwInputError(`providerOptions.promptCache: ${parsed.modelId} has no prompt caching on Bedrock; drop the option.`);
}
