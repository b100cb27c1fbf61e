/** One Cohere Embed model on Bedrock. */
export interface CohereEmbedModelRow {
  /** Foundation-model ID, e.g. `cohere.embed-v4:0`. */
  id: string;
  name: string;
  /** `output_dimension` values the model takes; absent: the model has one fixed size (1024) and `dimensions` is refused. */
  dimensions?: readonly number[];
}

/** Texts one Cohere Embed request may carry (`texts`: at most 96 items, model-parameters-embed-v3.html / -v4.html). */
export const cohereEmbedMaxBatchSize = 96;

/**
 * Cohere Embed models on Bedrock (looked up 2026-12-06):
 * - v3: https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-embed-v3.html — `{ texts (≤ 96),
 *   input_type, truncate, embedding_types }` → `{ embeddings, id, response_type, texts }`; 1024 dimensions, no
 *   `output_dimension`. On demand.
 * - v4: https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-embed-v4.html — the same plus
 *   `output_dimension` (256 / 512 / 1024 / 1536, default 1536); answers `embeddings` by type (`{ float: [...] }`).
 *   Served on demand and through cross-region profiles (`us.cohere.embed-v4:0`); neither is refused.
 */
export const cohereEmbedModels: readonly CohereEmbedModelRow[] = [
  { id: 'cohere.embed-english-v3', name: 'Embed English v3' },
  { id: 'cohere.embed-multilingual-v3', name: 'Embed Multilingual v3' },
  { id: 'cohere.embed-v4:0', name: 'Embed v4', dimensions: [256, 512, 1024, 1536] },
];

/** The row of a foundation-model ID (a provisioned variant `…-v3:0:512` uses its model's row), else `undefined`. */
export function findCohereEmbedModel(baseModelId: string | undefined): CohereEmbedModelRow | undefined {
  if (!baseModelId?.startsWith('cohere.embed-')) return undefined;
  return cohereEmbedModels.find((row) => baseModelId === row.id || baseModelId.startsWith(`${row.id}:`));
}
