import { InputError, parseModelId, ServiceError, type EmbeddingRequest } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { cohere } from './cohere';
import { cohereEmbed } from './cohere-embed';
import { cohereEmbeddingCodec as codec } from './cohere-embedding-codec';

const model = (id: string) => codec.resolveModel(parseModelId(id))!;
const request = (overrides: Partial<EmbeddingRequest> = {}): EmbeddingRequest => ({ values: ['Hello, world!'], inputType: 'document', providerOptions: {}, ...overrides });

describe('cohereEmbeddingCodec.resolveModel', () => {
  it('claims Embed v3 English / multilingual and v4 (bare, profile, provisioned variant); batches of 96; v4 has dimensions', () => {
    expect(model('cohere.embed-english-v3')).toEqual({ family: 'cohere', modelId: 'cohere.embed-english-v3', maxBatchSize: 96, inputTypes: true });
    expect(model('cohere.embed-multilingual-v3').dimensions).toBeUndefined();
    expect(model('us.cohere.embed-v4:0')).toMatchObject({ modelId: 'us.cohere.embed-v4:0', dimensions: [256, 512, 1024, 1536] });
    expect(model('cohere.embed-english-v3:0:512')).toMatchObject({ maxBatchSize: 96 });
    expect(codec.resolveModel(parseModelId('cohere.command-r-v1:0'))).toBeUndefined();
    expect(codec.resolveModel(parseModelId('amazon.titan-embed-text-v2:0'))).toBeUndefined();
  });

  it('is the embedding codec of the cohereEmbed family (not of cohere: decision 0013); neither resolves an embed model as a chat model', () => {
    expect(cohereEmbed.embedding).toBe(codec);
    expect(cohere.embedding).toBeUndefined();
    expect(cohere.resolveModel(parseModelId('cohere.embed-v4:0'))).toBeUndefined();
    expect(cohereEmbed.resolveModel(parseModelId('cohere.embed-v4:0'))).toBeUndefined();
    expect(cohereEmbed.resolveModel(parseModelId('cohere.command-r-v1:0'))).toBeUndefined();
  });
});

describe('cohereEmbeddingCodec.prepareRequest', () => {
  it('maps inputType to input_type; dimensions to output_dimension on v4; truncate and embedding_types from providerOptions', () => {
    expect(codec.prepareRequest(request({ inputType: 'query' }), model('cohere.embed-english-v3')).body).toEqual({ texts: ['Hello, world!'], input_type: 'search_query' });
    const v4 = codec.prepareRequest(
      request({ values: ['a', 'b'], inputType: 'clustering', dimensions: 512, providerOptions: { cohereTruncate: 'NONE', cohereEmbeddingTypes: ['float'] } }),
      model('cohere.embed-v4:0'),
    );
    expect(v4.body).toEqual({ texts: ['a', 'b'], input_type: 'clustering', truncate: 'NONE', embedding_types: ['float'], output_dimension: 512 });
    expect(codec.prepareRequest(request({ inputType: 'classification' }), model('cohere.embed-v4:0')).body).toMatchObject({ input_type: 'classification' });
    expect(codec.prepareRequest(request(), model('cohere.embed-v4:0')).body).toMatchObject({ input_type: 'search_document' });
  });

  it('refuses before sending, naming the model and the limit', () => {
    const v3 = model('cohere.embed-english-v3');
    const v4 = model('cohere.embed-v4:0');
    const refusal = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(InputError.isInstance(error)).toBe(true);
        return (error as Error).message;
      }
      throw new Error('expected an InputError');
    };
    expect(refusal(() => codec.prepareRequest(request({ values: Array.from({ length: 97 }, (_, i) => `t${i}`) }), v3))).toBe(
      'cohere.embed-english-v3: Cohere Embed takes 1 to 96 texts per request (got 97).',
    );
    expect((codec.prepareRequest(request({ values: Array.from({ length: 96 }, (_, i) => `t${i}`) }), v3).body as { texts: string[] }).texts).toHaveLength(96);
    expect(refusal(() => codec.prepareRequest(request({ values: ['ok', ''] }), v3))).toBe('cohere.embed-english-v3: Cohere Embed rejects empty texts (values[1]).');
    expect(refusal(() => codec.prepareRequest(request({ values: ['  '] }), v3))).toMatch(/rejects empty texts \(values\[0\]\)/);
    expect(refusal(() => codec.prepareRequest(request({ values: [] }), v3))).toMatch(/takes 1 to 96 texts per request \(got 0\)/);
    expect(refusal(() => codec.prepareRequest(request({ dimensions: 512 }), v3))).toBe('cohere.embed-english-v3: Cohere Embed takes dimensions none (1024 fixed), not 512.');
    expect(refusal(() => codec.prepareRequest(request({ dimensions: 768 }), v4))).toBe('cohere.embed-v4:0: Cohere Embed takes dimensions 256, 512, 1024, 1536, not 768.');
    expect(refusal(() => codec.prepareRequest(request({ inputType: 'image' as never }), v4))).toMatch(/takes inputType query, document, classification, clustering/);
    expect(refusal(() => codec.prepareRequest(request({ providerOptions: { cohereTruncate: 'MIDDLE' } }), v4))).toMatch(/takes cohereTruncate NONE, START or END/);
    expect(refusal(() => codec.prepareRequest(request({ providerOptions: { cohereEmbeddingTypes: ['double'] } }), v4))).toMatch(/takes cohereEmbeddingTypes float, int8/);
  });
});

describe('cohereEmbeddingCodec.parseResponse', () => {
  const context = (overrides: Partial<EmbeddingRequest> = {}) => ({ headers: new Headers({ 'X-Amzn-Bedrock-Input-Token-Count': '4' }), request: request(overrides) });

  it('v3 list and v4 by-type answers; vectors exactly as received; no count in the body → inputTokens undefined', () => {
    const vector = [0.1, -0.30000000000000004, 1e-9, 0.12345678901234568];
    const v3 = codec.parseResponse({ id: 'x', embeddings: [vector], response_type: 'embeddings_floats', texts: ['a'] }, context());
    expect(v3).toEqual({ embeddings: [vector] });
    expect(v3.embeddings[0]![1]).toBe(-0.30000000000000004);
    expect(v3.inputTokens).toBeUndefined();
    const v4 = codec.parseResponse({ embeddings: { float: [vector, [2]] }, response_type: 'embeddings_by_type' }, context({ values: ['a', 'b'] }));
    expect(v4.embeddings).toEqual([vector, [2]]);
    const int8 = codec.parseResponse({ embeddings: { int8: [[1, -2]] } }, context({ providerOptions: { cohereEmbeddingTypes: ['int8'] } }));
    expect(int8.embeddings).toEqual([[1, -2]]);
    expect(codec.parseResponse({ embeddings: [[1]], meta: { billed_units: { input_tokens: 3 } } }, context()).inputTokens).toBeUndefined();
  });

  it('an answer with the wrong number of vectors or no vectors is a ServiceError', () => {
    expect(() => codec.parseResponse({ embeddings: [[1], [2]] }, context())).toThrow(ServiceError);
    expect(() => codec.parseResponse({ embeddings: { int8: [[1]] } }, context())).toThrow(/no list of 1 vector/);
    expect(() => codec.parseResponse(null, context())).toThrow(ServiceError);
  });
});
