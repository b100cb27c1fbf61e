import { anthropic } from '@bedrock-kit/anthropic';
import { InputError, jsonSchema, ObjectValidationError } from '@bedrock-kit/core';
import { openaiOss } from '@bedrock-kit/openai-oss';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { failure, routeOf, useFamilyEmulator } from './family-on-the-wire.test-support';

// generateObject modes and streamObject (API.md "generateObject", "Exact rules": structured output rows),
// asserted on the Converse bodies the emulator received; the emulator answers JSON that fits the schema.
const sonnet45 = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0'; // structured output
const claude37 = 'us.anthropic.claude-3-7-sonnet-20250219-v1:0'; // no structured output
const gptOss = 'openai.gpt-oss-120b-1:0';
const { context, bedrock, request } = useFamilyEmulator([anthropic, openaiOss]);

const citySchema = { type: 'object', properties: { city: { type: 'string' }, population: { type: 'integer' } }, required: ['city', 'population'] };
const schema = jsonSchema<{ city: string; population: number }>(citySchema);
const outputConfig = (name = 'json') => ({ textFormat: { type: 'json_schema', structure: { jsonSchema: { schema: JSON.stringify(citySchema), name } } } });

describe('generateObject modes', () => {
  it("mode 'json': outputConfig.textFormat with the schema as a string, no tools; the object parsed from the text", async () => {
    const result = await bedrock().generateObject({ model: sonnet45, prompt: 'A city', schema, mode: 'json', schemaName: 'city', schemaDescription: 'A city' });
    const body = request(0).body;
    expect(routeOf(request(0))).toBe('converse');
    expect(body.outputConfig).toEqual({
      textFormat: { type: 'json_schema', structure: { jsonSchema: { schema: JSON.stringify(citySchema), name: 'city', description: 'A city' } } },
    });
    expect(body.toolConfig).toBeUndefined();
    expect(result.object).toEqual(JSON.parse(result.text));
    expect(typeof result.object.city).toBe('string');
  });

  it("mode 'auto' picks json where the row has structured output (Claude 4.5, gpt-oss), the forced tool elsewhere", async () => {
    await bedrock().generateObject({ model: sonnet45, prompt: 'A city', schema });
    expect(request(0).body.outputConfig).toEqual(outputConfig());
    await bedrock().generateObject({ model: gptOss, prompt: 'A city', schema });
    expect(request(1).body.outputConfig).toEqual(outputConfig());
    const viaTool = await bedrock().generateObject({ model: claude37, prompt: 'A city', schema });
    expect(request(2).body.outputConfig).toBeUndefined();
    expect(request(2).body.toolConfig.toolChoice).toEqual({ tool: { name: 'json' } });
    expect(typeof viaTool.object.city).toBe('string');
  });

  it("mode 'auto' with reasoning always uses json (a forced tool is refused with thinking): thinking and outputConfig together", async () => {
    const result = await bedrock().generateObject({ model: sonnet45, prompt: 'A city', schema, reasoning: { budgetTokens: 2048 } });
    const body = request(0).body;
    expect(body.outputConfig).toEqual(outputConfig());
    expect(body.additionalModelRequestFields).toEqual({ thinking: { type: 'enabled', budget_tokens: 2048 } });
    expect(body.toolConfig).toBeUndefined();
    expect(result.reasoning?.length).toBe(1);
  });

  it("mode 'tool' is round one's forced tool even where json is available", async () => {
    await bedrock().generateObject({ model: sonnet45, prompt: 'A city', schema, mode: 'tool' });
    expect(request(0).body.outputConfig).toBeUndefined();
    expect(request(0).body.toolConfig.tools[0].toolSpec.name).toBe('json');
  });

  it('refuses before sending: json on a row without structured output (either route), reasoning that needs json there, a native route without it, an unknown mode', async () => {
    const cases: [object, RegExp][] = [
      [{ model: claude37, mode: 'json' }, /has no structured output \(generateObject mode: json\)/],
      [{ model: claude37, reasoning: 'low' }, /has no structured output/],
      // Claude 4.5+ carries json mode natively (structured-output-native-on-the-wire.test.ts); gpt-oss's native body does not.
      [{ model: gptOss, mode: 'json', providerOptions: { useConverse: false } }, /native InvokeModel body can't carry structured output/],
      [{ model: claude37, mode: 'json', providerOptions: { useConverse: false } }, /claude-3-7-sonnet-20250219-v1:0: this Claude model has no structured output \(generateObject mode: json\) on Bedrock \(InvokeModel\)/],
      [{ model: sonnet45, mode: 'xml' }, /mode must be 'auto', 'json' or 'tool'/],
    ];
    for (const [extra, rule] of cases) {
      const error = await failure(bedrock().generateObject({ prompt: 'A city', schema, ...extra } as never));
      expect(InputError.isInstance(error), String(rule)).toBe(true);
      expect(error!.message).toMatch(rule);
    }
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('text that is not JSON, or JSON that fails the schema, is an ObjectValidationError with raw', async () => {
    context.emulator.enqueue({ reply: { text: 'Paris, about two million people.' } });
    const notJson = await failure(bedrock().generateObject({ model: sonnet45, prompt: 'A city', schema }));
    expect(ObjectValidationError.isInstance(notJson)).toBe(true);
    expect((notJson as ObjectValidationError).raw).toBe('Paris, about two million people.');

    context.emulator.enqueue({ reply: { text: '```json\n{"city": 5, "population": 1}\n```' } });
    const zodSchema = z.object({ city: z.string(), population: z.number() });
    const wrong = await failure(bedrock().generateObject({ model: sonnet45, prompt: 'A city', schema: zodSchema }));
    expect(ObjectValidationError.isInstance(wrong)).toBe(true);
    expect((wrong as ObjectValidationError).raw).toEqual({ city: 5, population: 1 });
  });

  it('a strict tool definition sends toolSpec.strict', async () => {
    await bedrock().generateText({ model: sonnet45, prompt: 'Weather?', tools: { weather: { inputSchema: citySchema, strict: true } } });
    expect(request(0).body.toolConfig.tools[0].toolSpec.strict).toBe(true);
  });
});

describe('streamObject', () => {
  it("mode 'json': partial objects from the streamed text, growing; object and result validated at the end", async () => {
    context.emulator.enqueue({ reply: { text: '{"city": "Lyon", "population": 522250}' } });
    const stream = bedrock().streamObject({ model: sonnet45, prompt: 'A city', schema });
    const partials: unknown[] = [];
    for await (const partial of stream.partialObjectStream) partials.push(partial);
    expect(routeOf(request(0))).toBe('converse-stream');
    expect(request(0).body.outputConfig).toEqual(outputConfig());
    expect(partials.length).toBeGreaterThan(2);
    expect(partials.at(-1)).toEqual({ city: 'Lyon', population: 522250 });
    // Every partial is a prefix state of the final object: never a key the final object lacks.
    for (const partial of partials) for (const key of Object.keys(partial as object)) expect(['city', 'population']).toContain(key);
    expect(await stream.object).toEqual({ city: 'Lyon', population: 522250 });
    const result = await stream.result;
    expect(result.object).toEqual({ city: 'Lyon', population: 522250 });
    expect(result.text).toBe('{"city": "Lyon", "population": 522250}');
    expect(context.emulator.requests).toHaveLength(1);
  });

  it("mode 'tool': partial objects from the forced tool's input deltas", async () => {
    const stream = bedrock().streamObject({ model: claude37, prompt: 'A city', schema });
    const partials: unknown[] = [];
    for await (const partial of stream.partialObjectStream) partials.push(partial);
    expect(request(0).body.toolConfig.toolChoice).toEqual({ tool: { name: 'json' } });
    const object = await stream.object;
    expect(partials.length).toBeGreaterThan(1);
    expect(partials.at(-1)).toEqual(object);
  });

  it('nothing is sent until asked; a failing object rejects object and result with ObjectValidationError', async () => {
    context.emulator.enqueue({ reply: { text: '{"city": 5, "population": 1}' } });
    const stream = bedrock().streamObject({ model: sonnet45, prompt: 'A city', schema: z.object({ city: z.string(), population: z.number() }) });
    expect(context.emulator.requests).toHaveLength(0);
    const error = await failure(stream.object);
    expect(ObjectValidationError.isInstance(error)).toBe(true);
    expect((error as ObjectValidationError).raw).toEqual({ city: 5, population: 1 });
    expect(ObjectValidationError.isInstance(await failure(stream.result))).toBe(true);
  });

  it('refuses what generateObject refuses, before sending', () => {
    expect(() => bedrock().streamObject({ model: sonnet45, prompt: 'A city', schema, mode: 'xml' as never })).toThrow(/mode must be/);
  });
});
