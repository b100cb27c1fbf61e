import { embed, embedMany } from 'ai';
import { createBedrockClient } from '@bedrock-kit/bedrock';
import { ThrottlingError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { createEmbeddingModel, type EmbedManyCall } from './create-embedding-model';

// A stand-in for bedrock-kit's embedMany shows the mapping alone (test/embed.test.ts runs the real one against the emulator).
const client = createBedrockClient();
function modelWith(modelId: string, call: (request: any) => Promise<any>) {
  return createEmbeddingModel(client, modelId, ((_client, request) => call(request)) as EmbedManyCall);
}

describe('createEmbeddingModel', () => {
  it('hands all values to one embedMany call and maps usage; ai embed and embedMany read it', async () => {
    const requests: any[] = [];
    const model = modelWith('amazon.titan-embed-text-v2:0', async (request) => {
      requests.push(request);
      return { embeddings: request.values.map((_: string, index: number) => [index, 0.5]), usage: { inputTokens: 7 } };
    });
    const many = await embedMany({ model, values: ['a', 'b', 'c'], providerOptions: { bedrockKit: { inputType: 'query', region: 'eu-west-1' } }, dimensions: 256 });
    expect(many.embeddings).toEqual([[0, 0.5], [1, 0.5], [2, 0.5]]);
    expect(many.usage.tokens).toBe(7);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      model: 'amazon.titan-embed-text-v2:0',
      values: ['a', 'b', 'c'],
      dimensions: 256,
      inputType: 'query',
      providerOptions: { region: 'eu-west-1' },
    });
    const one = await embed({ model, value: 'x' });
    expect(one.embedding).toEqual([0, 0.5]);
  });

  it('a service failure is an APICallError with the typed error as cause', async () => {
    const model = modelWith('m', async () => {
      throw new ThrottlingError({ message: 'slow down', status: 429, retryable: true, errorType: 'ThrottlingException' });
    });
    const error = await embed({ model, value: 'x', maxRetries: 0 }).catch((e: unknown) => e as any);
    expect(error).toMatchObject({ name: 'AI_APICallError', statusCode: 429, isRetryable: false });
    expect(ThrottlingError.isInstance(error.cause)).toBe(true);
  });
});
