import { ServiceError, type EmbeddingRequest, type EmbeddingResponse } from '@bedrock-kit/core';

/**
 * Decodes a Cohere Embed answer: `embeddings` as a list of vectors (v3 without `embedding_types`),
 * or by type (`{ float: [...] }`, v4 and any request with `embedding_types`) — the first type the
 * request asked for, else `float`. Vectors are returned exactly as received (64-bit numbers, no
 * rounding or normalising). The body has no token count on Bedrock (the recorded answers carry
 * none), so `inputTokens` is left `undefined` and the facade reads the
 * `X-Amzn-Bedrock-Input-Token-Count` header.
 */
export function parseCohereEmbedResponse(body: unknown, context: { headers: Headers; request: EmbeddingRequest }): EmbeddingResponse {
  const raw = (body as { embeddings?: any } | null)?.embeddings;
  const vectors: unknown = Array.isArray(raw) ? raw : raw?.[(context.request.providerOptions.cohereEmbeddingTypes as string[] | undefined)?.[0] ?? 'float'];
  const count = context.request.values.length;
  if (!Array.isArray(vectors) || vectors.length !== count || !vectors.every(Array.isArray)) {
    throw new ServiceError({ message: `cohere: the embedding answer has no list of ${count} vector(s).` });
  }
  return { embeddings: vectors };
}
