import { emulatorApiKey } from '@bedrock-kit/emulator';
import { ConfigError, jsonSchema } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { createBedrock, createBedrockClient, generateObject, generateText, streamText, type BedrockClient } from '../index';
import { useEmulator } from './emulator.test-support';

const model = 'amazon.nova-lite-v1:0';
const context = useEmulator();
const client = () => createBedrockClient({ endpoint: context.emulator.url, apiKey: emulatorApiKey });

describe('the calls as functions (client, request)', () => {
  it('generateText, streamText and generateObject take a createBedrockClient client', async () => {
    context.emulator.enqueue({ reply: { text: 'Paris.' } });
    expect((await generateText(client(), { model, prompt: 'Capital of France?' })).text).toBe('Paris.');

    context.emulator.enqueue({ reply: { text: 'Oslo.' } });
    const stream = streamText(client(), { model, prompt: 'Capital of Norway?' });
    const deltas: string[] = [];
    for await (const text of stream.textStream) deltas.push(text);
    expect(deltas.join('')).toBe('Oslo.');
    expect((await stream.result).text).toBe('Oslo.');

    context.emulator.enqueue({ reply: { content: [{ type: 'tool-use', name: 'json', input: { city: 'Rome' } }] } });
    const schema = jsonSchema<{ city: string }>({ type: 'object', properties: { city: { type: 'string' } }, required: ['city'] });
    expect((await generateObject(client(), { model, prompt: 'A city', schema })).object).toEqual({ city: 'Rome' });
    expect(context.emulator.requests.map((request) => request.path.split('/').pop())).toEqual(['converse', 'converse-stream', 'converse']);
  });

  it('a Bedrock is accepted wherever a BedrockClient is, and shares its state (the learned clock, the credentials cache)', async () => {
    const bedrock = createBedrock({ endpoint: context.emulator.url, apiKey: emulatorApiKey });
    const asClient: BedrockClient = bedrock;
    context.emulator.enqueue({ reply: { text: 'One.' } });
    context.emulator.enqueue({ reply: { text: 'Two.' } });
    expect((await generateText(asClient, { model, prompt: 'a' })).text).toBe('One.');
    expect((await bedrock.generateText({ model, prompt: 'b' })).text).toBe('Two.');
    expect(asClient['~bedrock']).toBe(bedrock['~bedrock']);
  });

  it('a call given something else than a client is a ConfigError, before any request', async () => {
    await expect(generateText(undefined as unknown as BedrockClient, { model, prompt: 'x' })).rejects.toThrow(ConfigError);
    expect(() => streamText({} as BedrockClient, { model, prompt: 'x' })).toThrow(/createBedrockClient/);
    expect(context.emulator.requests).toHaveLength(0);
  });
});
