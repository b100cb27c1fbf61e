import type { ModelFamily } from '@bedrock-kit/core';
import { amazonEmbedding } from './amazon-embedding';

/**
 * Amazon's embedding models for `embed` / `embedMany`: Titan Text Embeddings
 * v2 and v1, Nova 2 multimodal embeddings (text). A family value of its own,
 * beside `amazon`, so that a bundle of text calls does not carry the embedding
 * code (decision 0013): pass it where you embed. It serves no text model.
 *
 * @example
 * const client = createBedrockClient({ families: [amazon, amazonEmbed] });
 * const { embedding } = await embed(client, { model: 'amazon.titan-embed-text-v2:0', value: 'hello', dimensions: 256 });
 */
export const amazonEmbed: ModelFamily = {
  specificationVersion: 'v1',
  name: 'amazon-embed',
  displayName: 'Amazon embeddings',
  resolveModel: () => undefined,
  embedding: amazonEmbedding,
  // Titan v2's `normalize`; the facade refuses other keys on embedding calls.
  providerOptionKeys: { normalize: {} },
};
