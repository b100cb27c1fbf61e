import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { jsonSchema } from './json-schema';
import { tool, type Tool } from './tool';

describe('tool()', () => {
  it('infers execute input from a zod schema (checked by tsc: a wrong field is a type error)', async () => {
    const weather = tool({
      description: 'Weather in a city',
      inputSchema: z.object({ city: z.string(), days: z.number().optional() }),
      execute: async (input) => {
        expectTypeOf(input).toEqualTypeOf<{ city: string; days?: number | undefined }>();
        // @ts-expect-error: no such field on the inferred input
        void input.country;
        return { city: input.city.toUpperCase() };
      },
    });
    expectTypeOf(weather.execute!).parameter(0).toEqualTypeOf<{ city: string; days?: number | undefined }>();
    expectTypeOf(weather).toExtend<Tool>();
    expect(await weather.execute!({ city: 'oslo' }, { toolCallId: 't1' })).toEqual({ city: 'OSLO' });
  });

  it('infers execute input from jsonSchema<T>() and returns the definition unchanged', () => {
    const inputSchema = jsonSchema<{ query: string }>({ type: 'object', properties: { query: { type: 'string' } }, required: ['query'] });
    const definition = {
      inputSchema,
      execute: (input: { query: string }) => input.query.length,
    };
    const search = tool({
      inputSchema,
      execute: (input) => {
        expectTypeOf(input).toEqualTypeOf<{ query: string }>();
        return input.query.length;
      },
    });
    expectTypeOf(search.execute).parameter(0).toEqualTypeOf<{ query: string }>();
    expect(tool(definition)).toBe(definition);
  });

  it('a plain JSON Schema object gives unknown input: the caller must narrow it', () => {
    tool({
      inputSchema: { type: 'object', properties: {} },
      execute: (input) => {
        expectTypeOf(input).toEqualTypeOf<unknown>();
      },
    });
  });
});
