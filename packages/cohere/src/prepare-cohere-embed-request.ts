import { InputError, omitUndefined, type EmbeddingModelInfo, type EmbeddingRequest } from '@bedrock-kit/core';
import type { CohereEmbeddingType, CohereEmbedRequestBody, CohereEmbedTruncate } from './cohere-embed-types';

const inputTypes: Record<EmbeddingRequest['inputType'], CohereEmbedRequestBody['input_type']> = {
  query: 'search_query',
  document: 'search_document',
  classification: 'classification',
  clustering: 'clustering',
};
const truncations: readonly CohereEmbedTruncate[] = ['NONE', 'START', 'END'];
const embeddingTypes: readonly CohereEmbeddingType[] = ['float', 'int8', 'uint8', 'binary', 'ubinary'];

/**
 * Builds the Cohere Embed body `{ texts, input_type, truncate?, embedding_types?, output_dimension? }`.
 * `inputType` maps to `input_type` (`query` → `search_query`, `document` → `search_document`, …);
 * `dimensions` is `output_dimension` (Embed v4 only). `providerOptions.cohereTruncate`
 * (`'NONE' | 'START' | 'END'`) and `providerOptions.cohereEmbeddingTypes` (e.g. `['float']`) are
 * passed as `truncate` / `embedding_types`. Refused with an `InputError` naming the model and the
 * limit, before anything is sent: no texts or more than `maxBatchSize`, an empty text (Cohere
 * rejects it), `dimensions` the model lacks, an unknown truncation or embedding type.
 */
export function prepareCohereEmbedRequest(request: EmbeddingRequest, model: EmbeddingModelInfo): { body: CohereEmbedRequestBody } {
  const refuse = (rule: string): never => {
    throw new InputError({ message: `${model.modelId}: ${rule}` });
  };
  const { values, dimensions, providerOptions } = request;
  if (values.length === 0) refuse('embedding needs at least one text.');
  if (values.length > model.maxBatchSize) refuse(`Cohere Embed takes at most ${model.maxBatchSize} texts per request (got ${values.length}); embedMany batches them.`);
  values.forEach((value, index) => {
    if (typeof value !== 'string' || value.trim() === '') refuse(`values[${index}] is empty; Cohere Embed rejects empty texts.`);
  });
  if (dimensions !== undefined && !model.dimensions?.includes(dimensions)) {
    refuse(
      model.dimensions
        ? `dimensions ${dimensions} is not offered; use one of ${model.dimensions.join(', ')}.`
        : `dimensions is not offered by this model (its vectors have 1024 values); remove it or use cohere.embed-v4:0.`,
    );
  }
  const truncate = providerOptions.cohereTruncate as CohereEmbedTruncate | undefined;
  if (truncate !== undefined && !truncations.includes(truncate)) refuse(`providerOptions.cohereTruncate must be one of ${truncations.join(', ')}.`);
  const types = providerOptions.cohereEmbeddingTypes as CohereEmbeddingType[] | undefined;
  if (types !== undefined && (!Array.isArray(types) || types.length === 0 || !types.every((type) => embeddingTypes.includes(type)))) {
    refuse(`providerOptions.cohereEmbeddingTypes must be a non-empty list of ${embeddingTypes.join(', ')}.`);
  }
  return {
    body: {
      texts: values,
      input_type: inputTypes[request.inputType] ?? refuse(`inputType ${JSON.stringify(request.inputType)} is not one of ${Object.keys(inputTypes).join(', ')}.`),
      ...omitUndefined({ truncate, embedding_types: types, output_dimension: dimensions }),
    },
  };
}
