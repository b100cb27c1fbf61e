import { ConfigError, parseModelId, type EmbeddingCodec, type EmbeddingInputType, type EmbeddingModelInfo, type EmbeddingRequest } from '@bedrock-kit/core';
import type { BedrockInstance } from '../client/bedrock-instance';
import { authOptionKeys } from './auth-option-keys';
import { buildModelUrl } from './build-model-url';
import type { EmbedManyRequest } from './embed-request';
import { prepareConnection, type PreparedCall } from './prepare-call';
import { throwInputError } from './throw-input-error';

const inputTypes: readonly EmbeddingInputType[] = ['query', 'document', 'classification', 'clustering'];

/** One request of an embedding call: its texts' place in `values` and the body to send. */
export interface EmbeddingBatch {
  start: number;
  request: EmbeddingRequest;
  body: string;
}

/** Everything an embedding call decided before the first byte. */
export interface PreparedEmbeddingCall extends Pick<PreparedCall, 'auth' | 'region' | 'endpoint'> {
  model: EmbeddingModelInfo;
  codec: EmbeddingCodec;
  url: string;
  batches: EmbeddingBatch[];
  maxConcurrency: number;
}

/**
 * Validates an embedding call, resolves its model through the configured
 * families' embedding codecs, splits the values into the model's batches and
 * builds every body: each rule broken fails here, before anything is sent.
 * `call` names the public call in messages (`embed` or `embedMany`).
 */
export function prepareEmbeddingCall(instance: BedrockInstance, request: EmbedManyRequest, call: string): PreparedEmbeddingCall {
  const { model: id, values, dimensions, inputType = 'document', maxConcurrency = 5 } = request;
  if (typeof id !== 'string' || id.trim() === '') throwInputError(`${call}: model is required, e.g. "amazon.titan-embed-text-v2:0".`);
  const parsed = parseModelId(id.trim());
  let model: EmbeddingModelInfo | undefined;
  let codec: EmbeddingCodec | undefined;
  let familyKeys: string[] = [];
  for (const family of instance.families) {
    model = family.embedding?.resolveModel(parsed);
    if (model) {
      codec = family.embedding;
      familyKeys = Object.keys(family.providerOptionKeys ?? {});
      break;
    }
  }
  if (!model || !codec) {
    throw new ConfigError({
      message: `${call}: no configured family has "${parsed.modelId}" as an embedding model. Pass the embedding family in createBedrock({ families }): amazonEmbed from @bedrock-kit/amazon (Titan, Nova embeddings) or cohereEmbed from @bedrock-kit/cohere (Cohere Embed).`,
    });
  }
  const name = model.baseModelId ?? model.modelId;
  if (!Array.isArray(values) || values.length === 0) throwInputError(`${call}: values must hold at least one text for ${name}.`);
  values.forEach((value, index) => {
    const field = call === 'embed' ? 'value' : `values[${index}]`;
    if (typeof value !== 'string' || value.trim() === '') throwInputError(`${call}: ${field} is empty; ${name} needs non-empty text.`);
    if (model.maxTextLength !== undefined && value.length > model.maxTextLength) {
      throwInputError(`${call}: ${field} has ${value.length} characters; ${name} takes at most ${model.maxTextLength}.`);
    }
  });
  if (!inputTypes.includes(inputType)) throwInputError(`${call}: inputType must be one of ${inputTypes.join(', ')}; got ${JSON.stringify(inputType)}.`);
  if (dimensions !== undefined && !model.dimensions?.includes(dimensions)) {
    throwInputError(
      model.dimensions
        ? `${call}: ${name} takes dimensions ${model.dimensions.join(', ')}; got ${dimensions}.`
        : `${call}: ${name} has one vector size and takes no dimensions; got ${dimensions}.`,
    );
  }
  if (!(Number.isInteger(maxConcurrency) && maxConcurrency > 0)) throwInputError(`${call}: maxConcurrency must be a positive integer; got ${maxConcurrency}.`);

  const providerOptions = request.providerOptions ?? {};
  // Nothing is dropped silently: a key this call would not read (a typo, a text-call option) is refused.
  const known = [...authOptionKeys, ...familyKeys];
  for (const key of Object.keys(providerOptions)) {
    if (!known.includes(key)) throwInputError(`${call}: providerOptions.${key} is not read for ${name}; known keys: ${known.join(', ')}.`);
  }
  const batches: EmbeddingBatch[] = [];
  const size = Math.max(1, model.maxBatchSize);
  for (let start = 0; start < values.length; start += size) {
    const batch: EmbeddingRequest = { values: values.slice(start, start + size), inputType, providerOptions: providerOptions as Record<string, unknown> };
    if (dimensions !== undefined) batch.dimensions = dimensions;
    batches.push({ start, request: batch, body: JSON.stringify(codec.prepareRequest(batch, model).body) });
  }
  const { auth, region, endpoint } = prepareConnection(instance, providerOptions);
  return { model, codec, url: buildModelUrl(endpoint, model.modelId, 'invoke', false), batches, maxConcurrency, auth, region, endpoint };
}
