import { parseModelId, type ParsedModelId } from '@bedrock-kit/core';
import { throwInputError } from '../throw-input-error';

/** ARN resource types whose foundation model can't be read from the ARN: `providerOptions.baseModel` names it. */
const opaqueResourceTypes = ['application-inference-profile', 'provisioned-model', 'custom-model', 'custom-model-deployment', 'imported-model'];

/**
 * `providerOptions.baseModel`, checked: a foundation-model ID, beside an ARN (`parsed`, the call's
 * model) that does not name its model itself. Returns the foundation model's base ID.
 */
export function readBaseModel(parsed: ParsedModelId, baseModel: unknown): string {
  if (!parsed.arn || !opaqueResourceTypes.includes(parsed.arn.resourceType)) {
    throwInputError(`providerOptions.baseModel is for an application inference profile, provisioned or custom model ARN; "${parsed.modelId}" names its model itself: drop baseModel.`);
  }
  const base = typeof baseModel === 'string' ? parseModelId(baseModel.trim()) : undefined;
  if (!base?.baseModelId || base.arn?.resourceType === 'application-inference-profile' || base.baseModelId.includes('/')) {
    throwInputError(`providerOptions.baseModel must be a foundation-model ID (e.g. "anthropic.claude-3-5-haiku-20241022-v1:0"); got ${JSON.stringify(baseModel)}.`);
  }
  return base.baseModelId;
}
