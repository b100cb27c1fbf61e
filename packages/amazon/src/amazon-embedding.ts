import {
  InputError,
  ServiceError,
  type EmbeddingCodec,
  type EmbeddingInputType,
  type EmbeddingRequest,
  type EmbeddingResponse,
} from '@bedrock-kit/core';
import { amazonEmbeddingModels, type AmazonEmbeddingModel } from './amazon-embedding-models';

type Json = Record<string, any>;

/** Nova's `embeddingPurpose` for each `inputType`: stored texts are indexed, queries retrieve. */
const novaPurposes: Record<EmbeddingInputType, string> = {
  document: 'GENERIC_INDEX',
  query: 'GENERIC_RETRIEVAL',
  classification: 'CLASSIFICATION',
  clustering: 'CLUSTERING',
};

/** Nova's largest vector, its default. */
const novaDefaultDimension = 3072;

/**
 * Amazon's embedding models on InvokeModel: Titan Text Embeddings v2 (`dimensions`, and
 * `providerOptions.normalize`), Titan v1 (no options) and Nova 2 multimodal embeddings for text
 * (`embeddingDimension`, `embeddingPurpose` from `inputType`, `truncationMode: 'NONE'` so a text too
 * long fails at the service instead of being cut silently). Vectors are returned as received.
 */
export const amazonEmbedding: EmbeddingCodec = {
  resolveModel(id) {
    const row = amazonEmbeddingModels.find((model) => model.id === id.baseModelId);
    if (!row) return undefined;
    const { id: _id, body: _body, ...info } = row;
    return { family: 'amazon', modelId: id.modelId, baseModelId: row.id, ...info };
  },

  prepareRequest(request, model) {
    // `model` came from resolveModel above, which only answers for rows of the table.
    const row = amazonEmbeddingModels.find((candidate) => candidate.id === model.baseModelId)!;
    checkEmbeddingRequest(request, row);
    const value = request.values[0]!;
    if (row.body === 'titan-v1') return { body: { inputText: value } };
    if (row.body === 'titan-v2') {
      const normalize = request.providerOptions.normalize;
      if (normalize !== undefined && typeof normalize !== 'boolean') {
        throw new InputError({ message: `providerOptions.normalize must be a boolean; got ${typeof normalize}.` });
      }
      return { body: { inputText: value, ...(request.dimensions !== undefined ? { dimensions: request.dimensions } : {}), ...(normalize !== undefined ? { normalize } : {}) } };
    }
    return {
      body: {
        schemaVersion: 'nova-multimodal-embed-v1',
        taskType: 'SINGLE_EMBEDDING',
        singleEmbeddingParams: {
          embeddingPurpose: novaPurposes[request.inputType],
          embeddingDimension: request.dimensions ?? novaDefaultDimension,
          text: { truncationMode: 'NONE', value },
        },
      },
    };
  },

  parseResponse(body) {
    const data = (body ?? {}) as Json;
    if (Array.isArray(data.embedding)) {
      const response: EmbeddingResponse = { embeddings: [checkVector(data.embedding)] };
      if (typeof data.inputTextTokenCount === 'number') response.inputTokens = data.inputTextTokenCount;
      return response;
    }
    if (Array.isArray(data.embeddings)) {
      return { embeddings: data.embeddings.map((entry: Json) => checkVector(entry?.embedding)) };
    }
    throw new ServiceError({ message: 'amazon embedding answer has neither `embedding` nor `embeddings`.' });
  },
};

/** The limits a request must keep, each refusal naming the model and the limit. */
function checkEmbeddingRequest(request: EmbeddingRequest, row: AmazonEmbeddingModel): void {
  if (request.values.length === 0 || request.values.length > row.maxBatchSize) {
    throw new InputError({ message: `embed: ${row.id} takes ${row.maxBatchSize} text per request; got ${request.values.length}.` });
  }
  request.values.forEach((value, index) => {
    if (typeof value !== 'string' || value.trim() === '') {
      throw new InputError({ message: `embed: values[${index}] is empty; ${row.id} needs non-empty text.` });
    }
    if (row.maxTextLength !== undefined && value.length > row.maxTextLength) {
      throw new InputError({ message: `embed: values[${index}] has ${value.length} characters; ${row.id} takes at most ${row.maxTextLength}.` });
    }
  });
  if (request.dimensions !== undefined && !(row.dimensions ?? []).includes(request.dimensions)) {
    throw new InputError({
      message: row.dimensions
        ? `embed: ${row.id} takes dimensions ${row.dimensions.join(', ')}; got ${request.dimensions}.`
        : `embed: ${row.id} takes no dimensions.`,
    });
  }
}

/** A vector must be numbers; anything else is a broken answer, not something to pass on. */
function checkVector(vector: unknown): number[] {
  if (!Array.isArray(vector) || !vector.every((n) => typeof n === 'number')) {
    throw new ServiceError({ message: 'amazon embedding answer: a vector is not a list of numbers.' });
  }
  return vector;
}
