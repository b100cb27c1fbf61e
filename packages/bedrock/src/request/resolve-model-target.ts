import { parseModelId, type ModelFamily, type ModelInfo, type ParsedModelId } from '@bedrock-kit/core';

/** The model of a call: its parsed ID and, when a configured family serves it, that family and its info. */
export interface ModelTarget {
  parsed: ParsedModelId;
  family?: ModelFamily;
  info?: ModelInfo;
}

/** Finds the family that serves `model` among those passed to `createBedrock`. */
export function resolveModelTarget(families: readonly ModelFamily[], model: string): ModelTarget {
  const parsed = parseModelId(model.trim());
  for (const family of families) {
    const info = family.resolveModel(parsed);
    if (info) return { parsed, family, info };
  }
  return { parsed };
}
