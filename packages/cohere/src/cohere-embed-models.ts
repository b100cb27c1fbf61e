/** Texts one Cohere Embed request may carry (`texts`: at most 96 items, model-parameters-embed-v3.html / -v4.html). */
export const cohereEmbedMaxBatchSize = 96;

/** The `output_dimension` values of Embed v4 (default 1536); v3 vectors have a fixed 1024 values. */
export const cohereEmbedV4Dimensions: readonly number[] = [256, 512, 1024, 1536];

/**
 * The Cohere Embed models on Bedrock (looked up 2026-12-06):
 * - v3: https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-embed-v3.html — `{ texts (≤ 96),
 *   input_type, truncate, embedding_types }` → `{ embeddings, id, response_type, texts }`; 1024 values, no
 *   `output_dimension`. On demand (recorded: pydantic-ai `TestBedrock.test_cohere_v3_minimal`).
 * - v4: https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-embed-v4.html — the same plus
 *   `output_dimension`; answers `embeddings` by type (`{ float: [...] }`). The bare ID answers on demand (recorded:
 *   `TestBedrock.test_cohere_v4_with_dimensions`, us-east-1) and cross-region profiles serve it too: neither is refused.
 */
export const cohereEmbedModels: readonly string[] = ['cohere.embed-english-v3', 'cohere.embed-multilingual-v3', 'cohere.embed-v4:0'];

/** Matches the models above, and their provisioned variants (`cohere.embed-english-v3:0:512`). */
const embedModelPattern = /^cohere\.embed-(?:english-v3|multilingual-v3|(v4):0)(?::|$)/;

/** Whether a foundation-model ID is a Cohere Embed model, and whether it is v4 (`output_dimension`); `undefined` when it is none. */
export function findCohereEmbedModel(baseModelId: string | undefined): { v4: boolean } | undefined {
  const match = embedModelPattern.exec(baseModelId ?? '');
  return match ? { v4: match[1] !== undefined } : undefined;
}
