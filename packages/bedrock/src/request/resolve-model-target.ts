import { parseModelId, type ModelFamily, type ModelInfo, type ParsedModelId } from '@bedrock-kit/core';

/** The model of a call: its parsed ID and, when a configured family serves it, that family and its info. */
export interface ModelTarget {
  parsed: ParsedModelId;
  family?: ModelFamily;
  info?: ModelInfo;
}

/**
 * Finds the family that serves `model` among those passed to `createBedrock`. `readBaseModel`
 * (given when the call sets `providerOptions.baseModel`: `platform/read-base-model.ts`, which checks
 * it against the parsed `model`) names the foundation model behind an application inference
 * profile, provisioned or custom model ARN: its family, capability row and native body apply,
 * and the ARN stays what is sent.
 */
export function resolveModelTarget(families: readonly ModelFamily[], model: string, readBaseModel?: (parsed: ParsedModelId) => string): ModelTarget {
  const parsed = parseModelId(model.trim());
  const base = readBaseModel?.(parsed);
  const withBase = base ? { ...parsed, baseModelId: base } : parsed;
  for (const family of families) {
    const info = family.resolveModel(base ? { modelId: base, baseModelId: base } : parsed);
    // With a base model the ARN is what is sent; the row (and no "use a profile" rule: the ARN is one) is the base model's.
    if (info) return { parsed: withBase, family, info: base ? { ...info, modelId: parsed.modelId, baseModelId: base, requiredInferenceProfile: undefined } : info };
  }
  return { parsed: withBase };
}
