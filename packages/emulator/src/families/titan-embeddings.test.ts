import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../emulator';
import { startEmulator } from '../start-emulator';
import { callEmulator } from '../test-support/call-emulator';
import { vectorOf } from './titan-embeddings';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

describe('amazon embedding answers', () => {
  it('Titan v2: a deterministic normalized vector of the requested size and the token count in body and header', async () => {
    const response = await callEmulator(emulator, 'invoke', 'amazon.titan-embed-text-v2:0', { inputText: 'hello world', dimensions: 512 });
    const answer = await response.json();
    expect(answer.embedding).toHaveLength(512);
    expect(Math.hypot(...answer.embedding)).toBeCloseTo(1, 10);
    expect(answer.embedding).toEqual(vectorOf('hello world', 512, true));
    expect(answer.inputTextTokenCount).toBe(3);
    expect(response.headers.get('x-amzn-bedrock-input-token-count')).toBe('3');
    const raw = await (await callEmulator(emulator, 'invoke', 'amazon.titan-embed-text-v2:0', { inputText: 'hello world', dimensions: 512, normalize: false })).json();
    expect(raw.embedding).toEqual(vectorOf('hello world', 512, false));
  });

  it('Titan v1 has 1,536 values and refuses dimensions; v2 refuses a size it lacks', async () => {
    expect((await (await callEmulator(emulator, 'invoke', 'amazon.titan-embed-text-v1', { inputText: 'x' })).json()).embedding).toHaveLength(1536);
    const v1 = await callEmulator(emulator, 'invoke', 'amazon.titan-embed-text-v1', { inputText: 'x', dimensions: 256 });
    expect(v1.status).toBe(400);
    expect(v1.headers.get('x-amzn-errortype')).toContain('ValidationException');
    expect((await callEmulator(emulator, 'invoke', 'amazon.titan-embed-text-v2:0', { inputText: 'x', dimensions: 300 })).status).toBe(400);
  });

  it('Nova 2 embeddings: embeddings[0].embedding of embeddingDimension, tokens in the header only', async () => {
    const response = await callEmulator(emulator, 'invoke', 'amazon.nova-2-multimodal-embeddings-v1:0', {
      schemaVersion: 'nova-multimodal-embed-v1',
      taskType: 'SINGLE_EMBEDDING',
      singleEmbeddingParams: { embeddingPurpose: 'GENERIC_INDEX', embeddingDimension: 384, text: { truncationMode: 'NONE', value: 'hello' } },
    });
    const answer = await response.json();
    expect(answer.embeddings).toEqual([{ embeddingType: 'TEXT', embedding: vectorOf('hello', 384, true) }]);
    expect(response.headers.get('x-amzn-bedrock-input-token-count')).toBe('2');
  });
});
