import { InputError, omitUndefined, type EmbeddingModelInfo, type EmbeddingRequest } from '@bedrock-kit/core';
import type { CohereEmbedRequestBody } from './cohere-embed-types';

const inputTypes = { query: 'search_query', document: 'search_document', classification: 'classification', clustering: 'clustering' } as const;

/**
 * Builds the Cohere Embed body `{ texts, input_type, truncate?, embedding_types?, output_dimension? }`.
 * `inputType` maps to `input_type` (`query` → `search_query`, `document` → `search_document`, …);
 * `dimensions` is `output_dimension` (Embed v4 only). `providerOptions.cohereTruncate`
 * (`'NONE' | 'START' | 'END'`) and `providerOptions.cohereEmbeddingTypes` (e.g. `['float']`) are
 * passed as `truncate` / `embedding_types`. Refused with an `InputError` naming the model and the
 * limit, before anything is sent: no texts or more than `maxBatchSize` (batching is `embedMany`'s
 * job), an empty text (Cohere rejects it), `dimensions` the model lacks, an unknown truncation or
 * embedding type.
 */
export function prepareCohereEmbedRequest(request: EmbeddingRequest, model: EmbeddingModelInfo): { body: CohereEmbedRequestBody } {
  const { values, dimensions, providerOptions } = request;
  const truncate = providerOptions.cohereTruncate as CohereEmbedRequestBody['truncate'];
  const types = providerOptions.cohereEmbeddingTypes as CohereEmbedRequestBody['embedding_types'];
  const empty = values.findIndex((value) => typeof value !== 'string' || value.trim() === '');
  // One chain keeps the refusals small in every bundle that carries the cohere family.
  const limit =
    values.length === 0 || values.length > model.maxBatchSize
      ? `takes 1 to ${model.maxBatchSize} texts per request (got ${values.length})`
      : empty !== -1
        ? `rejects empty texts (values[${empty}])`
        : dimensions !== undefined && !model.dimensions?.includes(dimensions)
          ? `takes dimensions ${model.dimensions?.join(', ') ?? 'none (1024 fixed)'}, not ${dimensions}`
          : !(request.inputType in inputTypes)
            ? `takes inputType ${Object.keys(inputTypes).join(', ')}`
            : truncate !== undefined && !['NONE', 'START', 'END'].includes(truncate)
              ? 'takes cohereTruncate NONE, START or END'
              : types !== undefined && !(Array.isArray(types) && types.length > 0 && types.every((type) => /^(float|u?int8|u?binary)$/.test(type)))
                ? 'takes cohereEmbeddingTypes float, int8, uint8, binary, ubinary'
                : undefined;
  if (limit) throw new InputError({ message: `${model.modelId}: Cohere Embed ${limit}.` });
  return {
    body: {
      texts: values,
      input_type: inputTypes[request.inputType],
      ...omitUndefined({ truncate, embedding_types: types, output_dimension: dimensions }),
    },
  };
}
