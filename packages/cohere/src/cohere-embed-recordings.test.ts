import { parseModelId, type EmbeddingRequest } from '@bedrock-kit/core';
import { readCassetteFile } from '@bedrock-kit/test-utils';
import { describe, expect, it } from 'vitest';
import { cohereEmbeddingCodec as codec } from './cohere-embedding-codec';

const fixture = (name: string) => readCassetteFile(new URL(`./__fixtures__/pydantic-ai/TestBedrock.${name}.yaml`, import.meta.url).pathname);
const recordedModel = (uri: string) => decodeURIComponent(new URL(uri).pathname.split('/')[2]!);
const inputTypes = { search_query: 'query', search_document: 'document', classification: 'classification', clustering: 'clustering' } as const;

/** Rebuilds the request the recording made, checks our body says the same, and decodes the recorded answer. */
function replay(name: string) {
  const [exchange] = fixture(name);
  const id = recordedModel(exchange!.request.uri);
  const model = codec.resolveModel(parseModelId(id))!;
  const sent = JSON.parse(exchange!.request.body!) as { texts: string[]; input_type: keyof typeof inputTypes; truncate?: string; output_dimension?: number };
  const request: EmbeddingRequest = {
    values: sent.texts,
    inputType: inputTypes[sent.input_type],
    providerOptions: sent.truncate ? { cohereTruncate: sent.truncate } : {},
    ...(sent.output_dimension ? { dimensions: sent.output_dimension } : {}),
  };
  const { body } = codec.prepareRequest(request, model);
  const headers = new Headers();
  for (const [key, values] of Object.entries(exchange!.response.headers)) headers.set(key, values.join(', '));
  return { id, exchange: exchange!, sent, body, parsed: codec.parseResponse(exchange!.response.parsedBody, { headers, request }), headers };
}

describe('recorded Cohere Embed exchanges (pydantic-ai)', () => {
  it('v3 minimal: bare cohere.embed-english-v3 on demand; our body equals the recorded one; 1024 values kept exactly; usage only in the header', () => {
    const { id, sent, body, parsed, headers, exchange } = replay('test_cohere_v3_minimal');
    expect(id).toBe('cohere.embed-english-v3');
    expect(body).toEqual(sent);
    expect(parsed.embeddings).toHaveLength(1);
    expect(parsed.embeddings[0]).toHaveLength(1024);
    const recorded = (exchange.response.parsedBody as { embeddings: number[][] }).embeddings[0]!;
    expect(parsed.embeddings[0]).toEqual(recorded);
    expect(parsed.embeddings[0]!.slice(0, 3)).toEqual([-0.042236328, -0.03250122, -0.09307861]);
    expect(parsed.inputTokens).toBeUndefined();
    expect(headers.get('X-Amzn-Bedrock-Input-Token-Count')).toBe('4');
  });

  it('v3 with input_type classification', () => {
    const { sent, body, parsed } = replay('test_cohere_v3_with_input_type');
    expect(sent.input_type).toBe('classification');
    expect(body).toEqual(sent);
    expect(parsed.embeddings[0]).toHaveLength(1024);
  });

  it('v4 with output_dimension 512: bare cohere.embed-v4:0 answered on demand, embeddings.float with 512 values', () => {
    const { id, sent, body, parsed } = replay('test_cohere_v4_with_dimensions');
    expect(id).toBe('cohere.embed-v4:0');
    expect(sent.output_dimension).toBe(512);
    expect(body).toEqual(sent);
    expect(parsed.embeddings[0]).toHaveLength(512);
  });

  it('v4 batch: one vector per text, in order', () => {
    const { sent, parsed, exchange } = replay('test_cohere_v4_batch_documents');
    expect(sent.texts.length).toBeGreaterThan(1);
    expect(parsed.embeddings).toHaveLength(sent.texts.length);
    expect(parsed.embeddings).toEqual((exchange.response.parsedBody as { embeddings: { float: number[][] } }).embeddings.float);
  });
});
