import { parseModelId, type EmbeddingRequest } from '@bedrock-kit/core';
import { emulatorApiKey, startEmulator } from '@bedrock-kit/emulator';
import { useTestEmulator } from '@bedrock-kit/test-utils';
import { describe, expect, it } from 'vitest';
import { cohereEmbeddingCodec as codec } from './cohere-embedding-codec';

// The facade's `embed` call does not exist yet: these tests do its part by hand (body → POST /model/{id}/invoke → parse).
const { context } = useTestEmulator(() => startEmulator());

async function embed(modelId: string, request: EmbeddingRequest) {
  const model = codec.resolveModel(parseModelId(modelId))!;
  const { body } = codec.prepareRequest(request, model);
  const response = await fetch(`${context.emulator.url}/model/${encodeURIComponent(modelId)}/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${emulatorApiKey}` },
    body: JSON.stringify(body),
  });
  const json: unknown = await response.json();
  return { status: response.status, headers: response.headers, json, parsed: response.ok ? codec.parseResponse(json, { headers: response.headers, request }) : undefined };
}

const request = (overrides: Partial<EmbeddingRequest>): EmbeddingRequest => ({ values: ['alpha'], inputType: 'document', providerOptions: {}, ...overrides });

describe('Cohere Embed against the emulator', () => {
  it('v3: one 1024-value vector per text, in order; same text same vector; the token count only in the header', async () => {
    const { status, headers, json, parsed } = await embed('cohere.embed-english-v3', request({ values: ['alpha', 'beta', 'alpha'], inputType: 'query' }));
    expect(status).toBe(200);
    expect(context.emulator.requests[0]!.body).toEqual({ texts: ['alpha', 'beta', 'alpha'], input_type: 'search_query' });
    expect(json).toMatchObject({ response_type: 'embeddings_floats' });
    expect(parsed!.embeddings.map((vector) => vector.length)).toEqual([1024, 1024, 1024]);
    expect(parsed!.embeddings[0]).toEqual(parsed!.embeddings[2]);
    expect(parsed!.embeddings[0]).not.toEqual(parsed!.embeddings[1]);
    expect(parsed!.inputTokens).toBeUndefined();
    expect(Number(headers.get('x-amzn-bedrock-input-token-count'))).toBeGreaterThan(0);
  });

  it('vectors come back exactly as the emulator wrote them (64-bit values, no rounding)', async () => {
    const { json, parsed } = await embed('cohere.embed-multilingual-v3', request({}));
    const written = (json as { embeddings: number[][] }).embeddings[0]!;
    expect(parsed!.embeddings[0]).toEqual(written);
    expect(written.some((value) => String(value).length > 12)).toBe(true);
  });

  it('v4: output_dimension honoured for each offered size, embeddings by type; 96 texts in one request', async () => {
    for (const dimensions of [256, 512, 1024, 1536]) {
      const { parsed } = await embed('us.cohere.embed-v4:0', request({ dimensions }));
      expect(parsed!.embeddings[0]).toHaveLength(dimensions);
    }
    const values = Array.from({ length: 96 }, (_, i) => `text ${i}`);
    const { parsed, json } = await embed('cohere.embed-v4:0', request({ values }));
    expect(json).toMatchObject({ response_type: 'embeddings_by_type' });
    expect(parsed!.embeddings).toHaveLength(96);
    expect(parsed!.embeddings[0]).toHaveLength(1536);
  });

  it('embedding_types: the first requested type is read', async () => {
    const { json, parsed } = await embed('cohere.embed-english-v3', request({ providerOptions: { cohereEmbeddingTypes: ['int8', 'float'] } }));
    expect(Object.keys((json as { embeddings: object }).embeddings)).toEqual(['int8', 'float']);
    expect(parsed!.embeddings[0]!.every((value) => Number.isInteger(value))).toBe(true);
  });

  it('the emulator refuses what the codec would refuse (more than 96 texts, output_dimension on v3)', async () => {
    const send = (modelId: string, body: unknown) =>
      fetch(`${context.emulator.url}/model/${encodeURIComponent(modelId)}/invoke`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${emulatorApiKey}` }, body: JSON.stringify(body) });
    const many = await send('cohere.embed-english-v3', { texts: Array.from({ length: 97 }, () => 'x'), input_type: 'search_document' });
    expect(many.status).toBe(400);
    expect(many.headers.get('x-amzn-errortype')).toBe('ValidationException');
    expect((await send('cohere.embed-english-v3', { texts: ['x'], input_type: 'search_document', output_dimension: 512 })).status).toBe(400);
  });
});
