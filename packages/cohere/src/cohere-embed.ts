import type { ModelFamily } from '@bedrock-kit/core';
import { cohereEmbeddingCodec } from './cohere-embedding-codec';

/**
 * Cohere Embed v3 (English, multilingual) and v4 for `embed` / `embedMany`. A
 * family value of its own, beside `cohere`, so that a bundle of text calls
 * does not carry the embedding code (decision 0013): pass it where you embed.
 * It serves no text model.
 *
 * @example
 * const client = createBedrockClient({ families: [cohere, cohereEmbed] });
 * const { embeddings } = await embedMany(client, { model: 'cohere.embed-v4:0', values: ['a', 'b'], inputType: 'query' });
 */
export const cohereEmbed: ModelFamily = {
  specificationVersion: 'v1',
  name: 'cohere-embed',
  displayName: 'Cohere Embed',
  resolveModel: () => undefined,
  embedding: cohereEmbeddingCodec,
  // The keys its embedding bodies read (`truncate`, `embedding_types`); the facade refuses others on embedding calls.
  providerOptionKeys: { cohereTruncate: {}, cohereEmbeddingTypes: {} },
};
