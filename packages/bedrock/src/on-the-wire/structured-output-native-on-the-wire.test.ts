import { anthropic } from '@bedrock-kit/anthropic';
import { InputError, jsonSchema, ObjectValidationError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { failure, routeOf, useFamilyEmulator } from './family-on-the-wire.test-support';

// generateObject / streamObject in mode 'json' forced onto Claude's native InvokeModel route
// (useConverse: false): the body carries output_config.format with the schema as an object
// (AWS structured-output guide), the emulator answers JSON that fits it, the object is read from the text.
const sonnet45 = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0'; // structured output
const opus47 = 'global.anthropic.claude-opus-4-7-v1:0'; // structured output, adaptive thinking with effort
const claude37 = 'us.anthropic.claude-3-7-sonnet-20250219-v1:0'; // no structured output
const { context, bedrock, request } = useFamilyEmulator([anthropic]);

const citySchema = { type: 'object', properties: { city: { type: 'string' }, population: { type: 'integer' } }, required: ['city', 'population'] };
const schema = jsonSchema<{ city: string; population: number }>(citySchema);
const native = { useConverse: false };
/** The InvokeModel body of a 'json' call for `citySchema` with the prompt 'A city', streaming or not. */
const cityBody = {
  anthropic_version: 'bedrock-2023-05-31',
  max_tokens: 4096,
  messages: [{ role: 'user', content: 'A city' }],
  output_config: { format: { type: 'json_schema', schema: citySchema } },
};

describe("generateObject mode 'json' on the native route", () => {
  it('sends output_config.format (schema as an object) in the InvokeModel body, no tools; the object parsed from the text', async () => {
    const result = await bedrock().generateObject({ model: sonnet45, prompt: 'A city', schema, mode: 'json', schemaName: 'city', providerOptions: native });
    expect(routeOf(request(0))).toBe('invoke');
    expect(request(0).body).toEqual(cityBody);
    expect(result.object).toEqual(JSON.parse(result.text));
    expect(typeof result.object.city).toBe('string');
    expect(result.warnings).toEqual([]);
  });

  it("mode 'auto' takes json natively where the row has structured output", async () => {
    await bedrock().generateObject({ model: sonnet45, prompt: 'A city', schema, providerOptions: native });
    expect(routeOf(request(0))).toBe('invoke');
    expect(request(0).body.output_config).toEqual({ format: { type: 'json_schema', schema: citySchema } });
    expect(request(0).body.tools).toBeUndefined();
  });

  it('sends the format beside adaptive thinking and its effort', async () => {
    const result = await bedrock().generateObject({ model: opus47, prompt: 'A city', schema, reasoning: 'high', providerOptions: native });
    expect(request(0).body.thinking).toEqual({ type: 'adaptive' });
    expect(request(0).body.output_config).toEqual({ effort: 'high', format: { type: 'json_schema', schema: citySchema } });
    expect(result.reasoning?.length).toBe(1);
    expect(typeof result.object.population).toBe('number');
  });

  it('a schema description, which the native format cannot carry, is a warning', async () => {
    const result = await bedrock().generateObject({ model: sonnet45, prompt: 'A city', schema, mode: 'json', schemaDescription: 'A city', providerOptions: native });
    expect(request(0).body.output_config).toEqual({ format: { type: 'json_schema', schema: citySchema } });
    expect(result.warnings).toEqual(['schemaDescription not sent: the native output_config.format takes the schema only.']);
  });

  it('without useConverse: false, json mode still goes over Converse (outputConfig.textFormat)', async () => {
    await bedrock().generateObject({ model: sonnet45, prompt: 'A city', schema, mode: 'json' });
    expect(routeOf(request(0))).toBe('converse');
    expect(request(0).body.outputConfig.textFormat.type).toBe('json_schema');
  });

  it('refuses before sending: a model without structured output (naming it), output_config given twice', async () => {
    const cases: [object, RegExp][] = [
      [{ model: claude37, mode: 'json', providerOptions: native }, /^us\.anthropic\.claude-3-7-sonnet-20250219-v1:0: this Claude model has no structured output \(generateObject mode: json\) on Bedrock \(InvokeModel\)\.$/],
      [{ model: sonnet45, mode: 'json', providerOptions: { ...native, additionalModelRequestFields: { output_config: { effort: 'high' } } } }, /additionalModelRequestFields\.output_config would replace/],
    ];
    for (const [extra, rule] of cases) {
      const error = await failure(bedrock().generateObject({ prompt: 'A city', schema, ...extra } as never));
      expect(InputError.isInstance(error), String(rule)).toBe(true);
      expect(error!.message).toMatch(rule);
    }
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('JSON that fails the schema is an ObjectValidationError with raw, as on Converse', async () => {
    context.emulator.enqueue({ reply: { text: '{"city": 5, "population": 1}' } });
    const zodSchema = z.object({ city: z.string(), population: z.number() });
    const error = await failure(bedrock().generateObject({ model: sonnet45, prompt: 'A city', schema: zodSchema, mode: 'json', providerOptions: native }));
    expect(ObjectValidationError.isInstance(error)).toBe(true);
    expect((error as ObjectValidationError).raw).toEqual({ city: 5, population: 1 });
    expect(request(0).body.output_config.format.type).toBe('json_schema');
  });
});

describe("streamObject mode 'json' on the native route", () => {
  it('sends output_config.format to InvokeModelWithResponseStream; partial objects grow from the streamed text', async () => {
    context.emulator.enqueue({ reply: { text: '{"city": "Lyon", "population": 522250}' } });
    const stream = bedrock().streamObject({ model: sonnet45, prompt: 'A city', schema, mode: 'json', providerOptions: native });
    const partials: unknown[] = [];
    for await (const partial of stream.partialObjectStream) partials.push(partial);
    expect(routeOf(request(0))).toBe('invoke-with-response-stream');
    expect(request(0).body).toEqual(cityBody);
    expect(partials.length).toBeGreaterThan(2);
    expect(partials.at(-1)).toEqual({ city: 'Lyon', population: 522250 });
    expect(await stream.object).toEqual({ city: 'Lyon', population: 522250 });
    expect((await stream.result).text).toBe('{"city": "Lyon", "population": 522250}');
    expect(context.emulator.requests).toHaveLength(1);
  });

  it("the emulator's own answer fits the schema when streamed", async () => {
    const stream = bedrock().streamObject({ model: sonnet45, prompt: 'A city', schema, mode: 'json', providerOptions: native });
    const object = await stream.object;
    expect(routeOf(request(0))).toBe('invoke-with-response-stream');
    expect(request(0).body.output_config).toEqual({ format: { type: 'json_schema', schema: citySchema } });
    expect(typeof object.city).toBe('string');
    expect(Number.isInteger(object.population)).toBe(true);
  });

  it('refuses a model without structured output before sending', async () => {
    const stream = bedrock().streamObject({ model: claude37, prompt: 'A city', schema, mode: 'json', providerOptions: native });
    const error = await failure(stream.object);
    expect(InputError.isInstance(error)).toBe(true);
    expect(error!.message).toMatch(/claude-3-7-sonnet-20250219-v1:0: this Claude model has no structured output/);
    await failure(stream.result);
    expect(context.emulator.requests).toHaveLength(0);
  });
});
