import { resolveModelFromTable, type ModelInfo, type ParsedModelId } from '@bedrock-kit/core';
import { cohereModels, type CohereModelRow } from './cohere-models';

/** Finds the model-table row of a foundation-model ID, or `undefined` when it is no Cohere chat model. */
export function findCohereModel(baseModelId: string): CohereModelRow | undefined {
  // A row ID ending in `*` is a prefix. Every row starts with `cohere.`, so other providers' IDs match none.
  return cohereModels.find((row) =>
    row.id.endsWith('*') ? baseModelId.startsWith(row.id.slice(0, -1)) : row.id === baseModelId,
  );
}

/**
 * Claims `cohere.command-*` chat models, bare, with a profile prefix or as an
 * ARN. Command R / R+ are served on demand (no inference profile required),
 * so `requiredInferenceProfile` is never set.
 */
export function resolveCohereModel(id: ParsedModelId): ModelInfo | undefined {
  return resolveModelFromTable(id, 'cohere', findCohereModel);
}
