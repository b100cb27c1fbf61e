import { emulatorSessionCredentials } from '@bedrock-kit/emulator';
import { generateObject, generateText, jsonSchema, Output, streamObject } from 'ai';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { model, useEmulator } from './emulator.test-support';

const { context, provider, request } = useEmulator();

describe('usage and objects', () => {
  it('prompt-cache counts: the AI SDK input total includes cache reads and writes, noCache is the rest', async () => {
    const system = 'You are a meticulous assistant. '.repeat(20);
    const call = () =>
      generateText({ model: provider()(model), system, prompt: 'Hi', providerOptions: { bedrockKit: { anthropicPromptCache: true } } });
    const first = await call();
    const written = first.usage.inputTokenDetails.cacheWriteTokens!;
    expect(written).toBeGreaterThan(0);
    expect(first.usage.inputTokenDetails.cacheReadTokens).toBe(0);
    expect(first.usage.inputTokens).toBe(first.usage.inputTokenDetails.noCacheTokens! + written);

    const second = await call();
    expect(second.usage.inputTokenDetails.cacheReadTokens).toBe(written);
    expect(second.usage.inputTokens).toBe(second.usage.inputTokenDetails.noCacheTokens! + written);
    expect(second.usage.totalTokens).toBe(second.usage.inputTokens! + second.usage.outputTokens!);
    expect(request(1).body.system.at(-1)).toEqual({ type: 'text', text: system, cache_control: { type: 'ephemeral' } });
  });

  it('generateObject (zod) returns the validated object', async () => {
    const { object, finishReason, usage } = await generateObject({
      model: provider()(model),
      schema: z.object({ title: z.string(), tags: z.array(z.string()) }),
      prompt: 'A blog post',
    });
    expect(object).toEqual({ title: expect.any(String), tags: [expect.any(String)] });
    expect(finishReason).toBe('stop');
    expect(usage.outputTokens).toBeGreaterThan(0);
    expect(request(0).body.toolConfig.toolChoice).toEqual({ tool: { name: 'json' } });
  });

  it('streamObject streams partial objects and the final one over converse-stream', async () => {
    const result = streamObject({ model: provider()(model), schema: z.object({ city: z.string(), rank: z.number() }), prompt: 'A city' });
    const partials: unknown[] = [];
    for await (const partial of result.partialObjectStream) partials.push(partial);
    expect(await result.object).toEqual({ city: expect.any(String), rank: expect.any(Number) });
    expect(partials.at(-1)).toEqual(await result.object);
    expect(request(0).path).toMatch(/\/converse-stream$/);
  });

  it('SigV4 with session credentials (no API key) signs every call the AI SDK makes', async () => {
    const bedrockKit = provider({ apiKey: undefined, ...emulatorSessionCredentials });
    const { object } = await generateObject({ model: bedrockKit(model), schema: z.object({ ok: z.boolean() }), prompt: 'Fine?' });
    expect(object).toEqual({ ok: true });
    expect(request(0).auth).toMatchObject({ scheme: 'sigv4' });
    expect(request(0).headers['x-amz-security-token']).toBe(emulatorSessionCredentials.sessionToken);
  });

  it('generateObject with a JSON Schema and a name/description: the forced tool carries them', async () => {
    const { object } = await generateObject({
      model: provider()(model),
      schema: jsonSchema<{ ok: boolean }>({ type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'] }),
      schemaName: 'verdict',
      schemaDescription: 'Whether it is fine',
      prompt: 'Fine?',
    });
    expect(object).toEqual({ ok: true });
    expect(request(0).body.toolConfig.tools[0].toolSpec).toMatchObject({ name: 'json', description: 'Whether it is fine' });
  });

  it('Output.json() without a schema: JSON is asked for in the system prompt, with a compatibility warning', async () => {
    context.emulator.enqueue({ reply: { text: '{"answer":42}' } });
    const result = await generateText({ model: provider()(model), system: 'Be exact.', prompt: 'JSON please', output: Output.json() });
    expect(result.output).toEqual({ answer: 42 });
    expect(result.warnings).toEqual([
      { type: 'compatibility', feature: 'responseFormat json without a schema', details: 'asked for in the system prompt' },
    ]);
    expect(request(0).body.system).toBe('Be exact.\n\nAnswer with a single JSON value and nothing else: no prose, no code fence.');
    expect(request(0).body.tools).toBeUndefined();
  });
});
