import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddingVector, type EmbeddingFamily } from '../embeddings/embedding-family';
import type { Emulator } from '../emulator';
import { startEmulator } from '../start-emulator';
import { callEmulator } from '../test-support/call-emulator';
import { EMBEDDING_FAMILIES, NATIVE_FAMILIES, findNativeFamily } from './registry';

/** A stand-in embedding family, plugged in the way a real one is (one entry in the registry list). */
const fakeEmbedding: EmbeddingFamily = {
  name: 'fake-embed',
  matches: (id) => id.startsWith('test.fake-embed'),
  validate: (body) => (typeof body.inputText === 'string' ? undefined : 'Malformed input request: #: required key [inputText] not found, please reformat your input and try again.'),
  render: (body) => ({ body: { embedding: embeddingVector(body.inputText, 4), inputTextTokenCount: 2 }, headers: { 'X-Amzn-Bedrock-Input-Token-Count': '2' } }),
};

let emulator: Emulator;
beforeAll(async () => {
  (EMBEDDING_FAMILIES as EmbeddingFamily[]).push(fakeEmbedding);
  emulator = await startEmulator();
});
afterAll(async () => {
  (EMBEDDING_FAMILIES as EmbeddingFamily[]).splice(EMBEDDING_FAMILIES.indexOf(fakeEmbedding), 1);
  await emulator.close();
});

describe('the family registry', () => {
  it('finds each native family by its base model IDs', () => {
    expect(NATIVE_FAMILIES.map((f) => f.name).slice(0, 4)).toEqual(['anthropic', 'cohere', 'openai', 'meta']);
    expect(findNativeFamily('anthropic.claude-3-haiku-20240307-v1:0')?.name).toBe('anthropic');
    expect(findNativeFamily('cohere.command-r-plus-v1:0')?.name).toBe('cohere');
    expect(findNativeFamily('openai.gpt-oss-20b-1:0')?.name).toBe('openai');
    expect(findNativeFamily('meta.llama3-70b-instruct-v1:0')?.profileOnly?.('meta.llama3-70b-instruct-v1:0')).toBe(false);
    expect(findNativeFamily('meta.llama3-2-3b-instruct-v1:0')?.profileOnly?.('meta.llama3-2-3b-instruct-v1:0')).toBe(true);
  });

  it('an embedding family plugged in answers InvokeModel (body and headers); Converse and streaming refuse it', async () => {
    const response = await callEmulator(emulator, 'invoke', 'test.fake-embed-v1:0', { inputText: 'hello' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-amzn-bedrock-input-token-count')).toBe('2');
    const body = await response.json();
    expect(body.embedding).toEqual(embeddingVector('hello', 4));
    expect((await (await callEmulator(emulator, 'invoke', 'test.fake-embed-v1:0', {})).json()).message).toMatch(/required key \[inputText\]/);
    const converse = await callEmulator(emulator, 'converse', 'test.fake-embed-v1:0', { messages: [{ role: 'user', content: [{ text: 'x' }] }] });
    expect((await converse.json()).message).toMatch(/doesn't support the model that you provided/);
    const stream = await callEmulator(emulator, 'invoke-with-response-stream', 'test.fake-embed-v1:0', { inputText: 'x' });
    expect(stream.status).toBe(400);
    await stream.arrayBuffer();
  });

  it('embeddingVector is deterministic, unit length, and differs by text', () => {
    const a = embeddingVector('a', 1024);
    expect(a).toHaveLength(1024);
    expect(embeddingVector('a', 1024)).toEqual(a);
    expect(Math.hypot(...a)).toBeCloseTo(1, 12);
    expect(embeddingVector('b', 1024)).not.toEqual(a);
  });
});
