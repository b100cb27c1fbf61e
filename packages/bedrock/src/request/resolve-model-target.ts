import { parseModelId, type ModelFamily, type ModelInfo, type ParsedModelId } from '@bedrock-kit/core';
import { throwInputError } from './throw-input-error';

/** ARN resource types whose foundation model can't be read from the ARN: `providerOptions.baseModel` names it. */
const opaqueResourceTypes = ['application-inference-profile', 'provisioned-model', 'custom-model', 'custom-model-deployment', 'imported-model'];

/** The model of a call: its parsed ID and, when a configured family serves it, that family and its info. */
export interface ModelTarget {
  parsed: ParsedModelId;
  family?: ModelFamily;
  info?: ModelInfo;
}

/**
 * Finds the family that serves `model` among those passed to `createBedrock`. `baseModel`
 * (`providerOptions.baseModel`) names the foundation model behind an application inference
 * profile, provisioned or custom model ARN: its family, capability row and native body apply,
 * and the ARN stays what is sent.
 */
export function resolveModelTarget(families: readonly ModelFamily[], model: string, baseModel?: unknown): ModelTarget {
  const parsed = parseModelId(model.trim());
  const base = baseModel === undefined ? undefined : readBaseModel(parsed, baseModel);
  const withBase = base ? { ...parsed, baseModelId: base } : parsed;
  for (const family of families) {
    const info = family.resolveModel(base ? { modelId: base, baseModelId: base } : parsed);
    // With a base model the ARN is what is sent; the row (and no "use a profile" rule: the ARN is one) is the base model's.
    if (info) return { parsed: withBase, family, info: base ? { ...info, modelId: parsed.modelId, baseModelId: base, requiredInferenceProfile: undefined } : info };
  }
  return { parsed: withBase };
}

/** `providerOptions.baseModel`, checked: a foundation-model ID, beside an ARN that does not name its model itself. */
function readBaseModel(parsed: ParsedModelId, baseModel: unknown): string {
  if (!parsed.arn || !opaqueResourceTypes.includes(parsed.arn.resourceType)) {
    throwInputError(`providerOptions.baseModel is for an application inference profile, provisioned or custom model ARN; "${parsed.modelId}" names its model itself: drop baseModel.`);
  }
  const base = typeof baseModel === 'string' ? parseModelId(baseModel.trim()) : undefined;
  if (!base?.baseModelId || base.arn?.resourceType === 'application-inference-profile' || base.baseModelId.includes('/')) {
    throwInputError(`providerOptions.baseModel must be a foundation-model ID (e.g. "anthropic.claude-3-5-haiku-20241022-v1:0"); got ${JSON.stringify(baseModel)}.`);
  }
  return base.baseModelId;
}
