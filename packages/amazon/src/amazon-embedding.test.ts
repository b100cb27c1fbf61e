import { InputError, parseModelId, type EmbeddingRequest } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { amazonEmbedding } from './amazon-embedding';

const modelOf = (id: string) => amazonEmbedding.resolveModel(parseModelId(id))!;
const requestOf = (fields: Partial<EmbeddingRequest> = {}): EmbeddingRequest => ({ values: ['Hello'], inputType: 'document', providerOptions: {}, ...fields });

describe('amazonEmbedding', () => {
  it('resolves the three text embedding models with their limits', () => {
    expect(modelOf('amazon.titan-embed-text-v2:0')).toEqual({
      family: 'amazon', modelId: 'amazon.titan-embed-text-v2:0', baseModelId: 'amazon.titan-embed-text-v2:0', maxBatchSize: 1, dimensions: [256, 512, 1024], inputTypes: false, maxTextLength: 50_000,
    });
    expect(modelOf('amazon.titan-embed-text-v1')).toMatchObject({ maxBatchSize: 1, inputTypes: false });
    expect(modelOf('amazon.titan-embed-text-v1').dimensions).toBeUndefined();
    expect(modelOf('amazon.nova-2-multimodal-embeddings-v1:0')).toMatchObject({ dimensions: [256, 384, 1024, 3072], inputTypes: true });
    expect(amazonEmbedding.resolveModel(parseModelId('amazon.nova-lite-v1:0'))).toBeUndefined();
  });

  it('Titan v2 body: inputText, dimensions, normalize; v1 body: inputText only', () => {
    const v2 = modelOf('amazon.titan-embed-text-v2:0');
    expect(amazonEmbedding.prepareRequest(requestOf({ dimensions: 256, providerOptions: { normalize: false } }), v2).body).toEqual({ inputText: 'Hello', dimensions: 256, normalize: false });
    expect(amazonEmbedding.prepareRequest(requestOf(), v2).body).toEqual({ inputText: 'Hello' });
    expect(amazonEmbedding.prepareRequest(requestOf(), modelOf('amazon.titan-embed-text-v1')).body).toEqual({ inputText: 'Hello' });
  });

  it('Nova body: SINGLE_EMBEDDING with the purpose from inputType, the dimension (default 3072), no silent truncation', () => {
    const nova = modelOf('amazon.nova-2-multimodal-embeddings-v1:0');
    expect(amazonEmbedding.prepareRequest(requestOf({ inputType: 'query', dimensions: 384 }), nova).body).toEqual({
      schemaVersion: 'nova-multimodal-embed-v1',
      taskType: 'SINGLE_EMBEDDING',
      singleEmbeddingParams: { embeddingPurpose: 'GENERIC_RETRIEVAL', embeddingDimension: 384, text: { truncationMode: 'NONE', value: 'Hello' } },
    });
    expect((amazonEmbedding.prepareRequest(requestOf(), nova).body as any).singleEmbeddingParams).toMatchObject({ embeddingPurpose: 'GENERIC_INDEX', embeddingDimension: 3072 });
  });

  it('parses vectors exactly as received, with Titan token counts; Nova counts come from the header (left to the facade)', () => {
    const vector = [0.1, -0.30000000000000004, 1e-7, 0.123456789012345678];
    const titan = amazonEmbedding.parseResponse({ embedding: vector, inputTextTokenCount: 3 }, { headers: new Headers(), request: requestOf() });
    expect(titan).toEqual({ embeddings: [vector], inputTokens: 3 });
    expect(titan.embeddings[0]![1]).toBe(-0.30000000000000004);
    const nova = amazonEmbedding.parseResponse({ embeddings: [{ embeddingType: 'TEXT', embedding: vector }] }, { headers: new Headers(), request: requestOf() });
    expect(nova).toEqual({ embeddings: [vector] });
    expect(() => amazonEmbedding.parseResponse({ embedding: ['x'] }, { headers: new Headers(), request: requestOf() })).toThrow(/not a list of numbers/);
    expect(() => amazonEmbedding.parseResponse({}, { headers: new Headers(), request: requestOf() })).toThrow(/neither/);
  });

  it('refuses what the model cannot take, naming the model and the limit', () => {
    const v2 = modelOf('amazon.titan-embed-text-v2:0');
    const cases: [EmbeddingRequest, ReturnType<typeof modelOf>, RegExp][] = [
      [requestOf({ dimensions: 384 }), v2, /amazon\.titan-embed-text-v2:0 takes dimensions 256, 512, 1024; got 384/],
      [requestOf({ dimensions: 256 }), modelOf('amazon.titan-embed-text-v1'), /amazon\.titan-embed-text-v1 takes no dimensions\./],
      [requestOf({ dimensions: 512 }), modelOf('amazon.nova-2-multimodal-embeddings-v1:0'), /takes dimensions 256, 384, 1024, 3072; got 512/],
      [requestOf({ values: [''] }), v2, /values\[0\] is empty; amazon\.titan-embed-text-v2:0 needs non-empty text/],
      [requestOf({ values: ['a'.repeat(50_001)] }), v2, /50001 characters; amazon\.titan-embed-text-v2:0 takes at most 50000/],
      [requestOf({ values: ['a', 'b'] }), v2, /takes 1 text per request; got 2/],
      [requestOf({ providerOptions: { normalize: 'yes' } }), v2, /normalize must be a boolean/],
    ];
    for (const [request, model, message] of cases) {
      let caught: unknown;
      try {
        amazonEmbedding.prepareRequest(request, model);
      } catch (error) {
        caught = error;
      }
      expect(InputError.isInstance(caught), String(message)).toBe(true);
      expect((caught as Error).message).toMatch(message);
    }
  });
});
