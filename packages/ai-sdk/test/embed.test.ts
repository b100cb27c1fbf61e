import { cohereEmbed } from '@bedrock-kit/cohere';
import { InputError } from '@bedrock-kit/core';
import { embed, embedMany } from 'ai';
import { describe, expect, it } from 'vitest';
import { useEmulator, type Json } from './emulator.test-support';

const { context, provider } = useEmulator();
const embedder = (modelId: string) => provider({ families: [cohereEmbed] }).embeddingModel(modelId);

describe("ai's embed / embedMany through bedrock-kit's embedMany, against the emulator", () => {
  it('embedMany: 200 texts in one doEmbed, sent by bedrock-kit as 96 + 96 + 8, order kept, tokens summed', async () => {
    const values = Array.from({ length: 200 }, (_, i) => `passage ${i}`);
    const { embeddings, usage } = await embedMany({ model: embedder('cohere.embed-english-v3'), values, providerOptions: { bedrockKit: { inputType: 'query' } } });
    const bodies = context.emulator.requests.map((request) => request.body as Json);
    expect(bodies.map((body) => body.texts.length).sort((a: number, b: number) => b - a)).toEqual([96, 96, 8]);
    expect(bodies.every((body) => body.input_type === 'search_query')).toBe(true);
    expect(embeddings).toHaveLength(200);

    context.emulator.reset();
    const one = await embed({ model: embedder('cohere.embed-english-v3'), value: values[150]!, providerOptions: { bedrockKit: { inputType: 'query' } } });
    expect(embeddings[150]).toEqual(one.embedding);
    expect(usage.tokens).toBeGreaterThan(0);
    expect(one.usage.tokens).toBeGreaterThan(0);
  });

  it('dimensions reach the wire (Cohere v4 output_dimension) and the vector has that size', async () => {
    const { embedding } = await embed({ model: embedder('us.cohere.embed-v4:0'), value: 'hello', dimensions: 512 } as Parameters<typeof embed>[0]);
    expect(embedding).toHaveLength(512);
    expect(context.emulator.requests[0]!.body).toMatchObject({ texts: ['hello'], output_dimension: 512 });
  });

  it('a text the model refuses is bedrock-kit’s InputError, before any request', async () => {
    const error = await embed({ model: embedder('cohere.embed-english-v3'), value: ' ' }).catch((e: unknown) => e);
    expect(InputError.isInstance(error)).toBe(true);
    expect(context.emulator.requests).toHaveLength(0);
  });
});
