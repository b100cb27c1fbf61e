import type { EmbeddingCodec } from '@bedrock-kit/core';
import { cohereEmbedMaxBatchSize, cohereEmbedV4Dimensions, findCohereEmbedModel } from './cohere-embed-models';
import { parseCohereEmbedResponse } from './parse-cohere-embed-response';
import { prepareCohereEmbedRequest } from './prepare-cohere-embed-request';

/**
 * Cohere Embed v3 (English, multilingual) and v4 for `embed` / `embedMany`: batches of up to 96
 * texts, `inputType` as `input_type`, v4 `dimensions` as `output_dimension`.
 */
export const cohereEmbeddingCodec: EmbeddingCodec = {
  resolveModel(id) {
    const model = findCohereEmbedModel(id.baseModelId);
    return (
      model && {
        family: 'cohere',
        modelId: id.modelId,
        maxBatchSize: cohereEmbedMaxBatchSize,
        inputTypes: true,
        ...(model.v4 ? { dimensions: cohereEmbedV4Dimensions } : {}),
      }
    );
  },
  prepareRequest: prepareCohereEmbedRequest,
  parseResponse: parseCohereEmbedResponse,
};
