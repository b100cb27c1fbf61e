import { ServiceError, type EmbeddingRequest, type EmbeddingResponse } from '@bedrock-kit/core';
import type { CohereEmbeddingType } from './cohere-embed-types';

/**
 * Decodes a Cohere Embed answer: `embeddings` as a list of vectors (v3 without `embedding_types`),
 * or by type (`{ float: [...] }`, v4 and any request with `embedding_types`) — the first type the
 * request asked for, else `float`. Vectors are returned exactly as received (64-bit numbers, no
 * rounding or normalising). The body has no token count on Bedrock, so `inputTokens` is
 * `undefined` and the facade reads the `X-Amzn-Bedrock-Input-Token-Count` header; a
 * `meta.billed_units.input_tokens` in the body (Cohere's own API shape) is used when present.
 */
export function parseCohereEmbedResponse(body: unknown, context: { headers: Headers; request: EmbeddingRequest }): EmbeddingResponse {
  const answer = body as Record<string, any> | null;
  const raw = answer?.embeddings;
  const wanted = (context.request.providerOptions.cohereEmbeddingTypes as CohereEmbeddingType[] | undefined)?.[0] ?? 'float';
  const embeddings: unknown = Array.isArray(raw) ? raw : raw?.[wanted];
  const count = context.request.values.length;
  if (!Array.isArray(embeddings) || embeddings.length !== count || !embeddings.every((vector) => Array.isArray(vector))) {
    throw new ServiceError({
      message: `cohere: the embedding answer has no ${Array.isArray(raw) ? '' : `embeddings.${wanted} `}list of ${count} vector(s); got ${Array.isArray(embeddings) ? embeddings.length : typeof embeddings}.`,
    });
  }
  const billed = answer?.meta?.billed_units?.input_tokens;
  return { embeddings: embeddings as number[][], ...(typeof billed === 'number' ? { inputTokens: billed } : {}) };
}
