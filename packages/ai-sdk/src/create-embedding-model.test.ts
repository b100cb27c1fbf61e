import { embed, embedMany } from 'ai';
import type { Bedrock } from '@bedrock-kit/bedrock';
import { ThrottlingError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { createEmbeddingModel } from './create-embedding-model';

// bedrock-kit's embedMany arrives with the next step (API.md, second round); until then a stand-in client shows the mapping.
function clientWith(embedManyCall: (request: any) => Promise<any>): Bedrock {
  return { embedMany: embedManyCall } as unknown as Bedrock;
}

describe('createEmbeddingModel', () => {
  it('hands all values to one embedMany call and maps usage; ai embed and embedMany read it', async () => {
    const requests: any[] = [];
    const bedrock = clientWith(async (request) => {
      requests.push(request);
      return { embeddings: request.values.map((_: string, index: number) => [index, 0.5]), usage: { inputTokens: 7 } };
    });
    const model = createEmbeddingModel(bedrock, 'amazon.titan-embed-text-v2:0');
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
    const bedrock = clientWith(async () => {
      throw new ThrottlingError({ message: 'slow down', status: 429, retryable: true, errorType: 'ThrottlingException' });
    });
    const error = await embed({ model: createEmbeddingModel(bedrock, 'm'), value: 'x', maxRetries: 0 }).catch((e: unknown) => e as any);
    expect(error).toMatchObject({ name: 'AI_APICallError', statusCode: 429, isRetryable: false });
    expect(ThrottlingError.isInstance(error.cause)).toBe(true);
  });
});
