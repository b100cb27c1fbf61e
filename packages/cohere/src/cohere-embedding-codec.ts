import type { EmbeddingCodec } from '@bedrock-kit/core';
import { cohereEmbedMaxBatchSize, findCohereEmbedModel } from './cohere-embed-models';
import { parseCohereEmbedResponse } from './parse-cohere-embed-response';
import { prepareCohereEmbedRequest } from './prepare-cohere-embed-request';

/**
 * Cohere Embed v3 (English, multilingual) and v4 for `embed` / `embedMany`: batches of up to 96
 * texts, `inputType` as `input_type`, v4 `dimensions` as `output_dimension`.
 */
export const cohereEmbeddingCodec: EmbeddingCodec = {
  resolveModel(id) {
    const row = findCohereEmbedModel(id.baseModelId);
    if (!row) return undefined;
    return {
      family: 'cohere',
      modelId: id.modelId,
      maxBatchSize: cohereEmbedMaxBatchSize,
      inputTypes: true,
      ...(row.dimensions ? { dimensions: row.dimensions } : {}),
    };
  },
  prepareRequest: prepareCohereEmbedRequest,
  parseResponse: parseCohereEmbedResponse,
};
