import { prepareSchema } from '@bedrock-kit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { createBedrock } from '../create-bedrock';

// Pass-through spy: the real prepareSchema runs; the test sees what each call returned.
vi.mock('@bedrock-kit/core', async (importOriginal) => {
  const core = await importOriginal<typeof import('@bedrock-kit/core')>();
  return { ...core, prepareSchema: vi.fn(core.prepareSchema) };
});

/**
 * How generateObject prepares its schema. The wire behaviour (forced tool,
 * validation, errors) is covered against the emulator in
 * schemas-on-the-wire.test.ts and generate-on-the-wire.test.ts.
 */

const model = 'amazon.nova-lite-v1:0'; // no family configured: Converse

/** A fetch that answers every Converse call with one `json` tool call and keeps the request bodies. */
function createConverseFetch(input: unknown) {
  const bodies: unknown[] = [];
  const fetch = async (_url: string | URL | Request, init?: RequestInit) => {
    bodies.push(JSON.parse(String(init?.body)));
    const answer = {
      output: { message: { role: 'assistant', content: [{ toolUse: { toolUseId: 't1', name: 'json', input } }] } },
      stopReason: 'tool_use',
      usage: { inputTokens: 1, outputTokens: 1, totalTokens: 2 },
    };
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, bodies };
}

afterEach(() => {
  vi.clearAllMocks();
  vi.restoreAllMocks();
});

describe('generateObject prepares its schema once', () => {
  const Address = z.object({ street: z.string(), city: z.string() }).meta({ id: 'GenerateObjectTestAddress' });
  const Trip = z.object({ from: Address, to: Address });
  const trip = { from: { street: 'a', city: 'b' }, to: { street: 'c', city: 'd' } };

  it('zod converts to JSON Schema once, and the tool carries that prepared schema instead of preparing a copy', async () => {
    const toJsonSchema = vi.spyOn(Trip['~standard'].jsonSchema, 'input');
    const { fetch, bodies } = createConverseFetch(trip);
    const { object } = await createBedrock({ fetch, apiKey: 'test' }).generateObject({ model, prompt: 'trip', schema: Trip });

    expect(object).toEqual(trip);
    expect(toJsonSchema).toHaveBeenCalledTimes(1);
    // Every preparation after the first hands back the very schema the first built: no second ref-inlining pass.
    const prepared = vi.mocked(prepareSchema).mock.results.map((result) => (result.value as ReturnType<typeof prepareSchema>).jsonSchema);
    expect(prepared.length).toBeGreaterThan(0);
    expect(new Set(prepared).size).toBe(1);

    const sent = (bodies[0] as { toolConfig: unknown }).toolConfig;
    const addressJson = { type: 'object', properties: { street: { type: 'string' }, city: { type: 'string' } }, required: ['street', 'city'] };
    expect(sent).toEqual({
      tools: [
        {
          toolSpec: {
            name: 'json',
            description: 'Respond with an object that matches this schema.',
            inputSchema: { json: { type: 'object', properties: { from: addressJson, to: addressJson }, required: ['from', 'to'] } },
          },
        },
      ],
      toolChoice: { tool: { name: 'json' } },
    });
  });
});
