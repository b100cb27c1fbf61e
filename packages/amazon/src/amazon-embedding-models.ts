import type { EmbeddingModelInfo } from '@bedrock-kit/core';

/** One row of the embedding model table. */
export interface AmazonEmbeddingModel extends Omit<EmbeddingModelInfo, 'family' | 'modelId'> {
  /** Foundation-model ID. */
  id: string;
  /** Which request body the model reads. */
  body: 'titan-v2' | 'titan-v1' | 'nova';
}

/**
 * Amazon's text embedding models. Sources (looked up 2026-12-06):
 * - Titan Text Embeddings v2: `{ inputText, dimensions: 1024 | 512 | 256, normalize }` →
 *   `{ embedding, inputTextTokenCount }`, up to 8,192 tokens or 50,000 characters
 *   (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-titan-embed-text.html).
 * - Titan Embeddings G1 - Text (v1): `{ inputText }` only, 1,536 dimensions (same page).
 * - Nova 2 multimodal embeddings: `schemaVersion: 'nova-multimodal-embed-v1'`, `taskType: 'SINGLE_EMBEDDING'`,
 *   `singleEmbeddingParams: { embeddingPurpose, embeddingDimension: 256 | 384 | 1024 | 3072, text: { truncationMode, value } }`
 *   → `{ embeddings: [{ embeddingType, embedding }] }`, 8K tokens of context
 *   (https://docs.aws.amazon.com/nova/latest/userguide/embeddings-schema.html).
 * Each takes one text per call.
 */
export const amazonEmbeddingModels: readonly AmazonEmbeddingModel[] = [
  { id: 'amazon.titan-embed-text-v2:0', body: 'titan-v2', maxBatchSize: 1, dimensions: [256, 512, 1024], inputTypes: false, maxTextLength: 50_000 },
  { id: 'amazon.titan-embed-text-v1', body: 'titan-v1', maxBatchSize: 1, inputTypes: false },
  { id: 'amazon.nova-2-multimodal-embeddings-v1:0', body: 'nova', maxBatchSize: 1, dimensions: [256, 384, 1024, 3072], inputTypes: true },
];
