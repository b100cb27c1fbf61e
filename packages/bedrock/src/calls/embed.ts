import type { BedrockClient } from '../client/bedrock-client';
import { readClientState } from '../client/read-client-state';
import type { EmbedRequest, EmbedResult } from '../request/embed-request';
import { prepareEmbeddingCall } from '../request/prepare-embedding-call';
import { runEmbeddingCall } from './embed-many';

/**
 * Embeds one text: its vector, exactly as the service sent it, and the input
 * tokens. Signed, retried and timed out as a text call is; anything the model
 * can't take (empty text, a `dimensions` it lacks, text over its limit) fails
 * before anything is sent. The same as `bedrock.embed`.
 *
 * @example
 * const client = createBedrockClient({ families: [amazonEmbed] });
 * const { embedding } = await embed(client, { model: 'amazon.titan-embed-text-v2:0', value: 'sunny day', dimensions: 256 });
 */
export async function embed(client: BedrockClient, request: EmbedRequest): Promise<EmbedResult> {
  const instance = readClientState(client);
  const values = [request.value];
  const prepared = prepareEmbeddingCall(instance, { ...request, values, maxConcurrency: 1 }, 'embed');
  const { embeddings, usage } = await runEmbeddingCall(instance, prepared, { abortSignal: request.abortSignal, values });
  return { embedding: embeddings[0]!, usage };
}
