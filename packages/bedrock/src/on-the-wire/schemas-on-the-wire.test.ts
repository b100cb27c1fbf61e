import { InputError, jsonSchema, ObjectValidationError, type JSONSchema } from '@bedrock-kit/core';
import { emulatorApiKey } from '@bedrock-kit/emulator';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createBedrock } from '../create-bedrock';
import { useEmulator } from './emulator.test-support';

const model = 'amazon.nova-lite-v1:0'; // no family configured: Converse
const context = useEmulator();
const bedrock = () => createBedrock({ endpoint: context.emulator.url, apiKey: emulatorApiKey });

interface SentToolSpec {
  name: string;
  description?: string;
  inputSchema: { json: JSONSchema };
}
/** The tool specs of the `n`-th request (0-based), as the emulator received them. */
const sentTools = (n = 0): SentToolSpec[] =>
  (context.emulator.requests[n]!.body as { toolConfig: { tools: { toolSpec: SentToolSpec }[] } }).toolConfig.tools.map((t) => t.toolSpec);
const sentSchema = (n = 0, name?: string) => (name ? sentTools(n).find((t) => t.name === name)! : sentTools(n)[0]!).inputSchema.json;

/** Keys Bedrock's tool input schema does not accept (it takes a self-contained JSON Schema). */
const refusedKeys = ['$schema', '$ref', '$defs', 'definitions', '$id'];
/** Every key used anywhere in a JSON value. */
function keysIn(value: unknown): Set<string> {
  const keys = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        keys.add(key);
        walk(child);
      }
    }
  };
  walk(value);
  return keys;
}
function expectBedrockReady(schema: JSONSchema): void {
  expect(schema.type).toBe('object');
  const used = keysIn(schema);
  for (const key of refusedKeys) expect(used.has(key), `schema contains ${key}`).toBe(false);
}

const addressJson = {
  type: 'object',
  properties: { street: { type: 'string' }, city: { type: 'string' } },
  required: ['street', 'city'],
  additionalProperties: false,
} as const;

describe('zod 4 schemas on the wire', () => {
  it('a zod tool schema is sent as JSON Schema without $schema, additionalProperties kept; the tool loop gets parsed input', async () => {
    const inputs: unknown[] = [];
    const result = await bedrock().generateText({
      model,
      prompt: 'Weather in Oslo?',
      maxSteps: 2,
      tools: {
        weather: {
          description: 'Weather for a city',
          inputSchema: z.strictObject({ city: z.string().min(2), units: z.enum(['c', 'f']), extra: z.record(z.string(), z.number()) }),
          execute: async (input) => {
            inputs.push(input);
            return { tempC: 3 };
          },
        },
      },
    });
    const schema = sentSchema();
    expectBedrockReady(schema);
    expect(sentTools()[0]).toMatchObject({ name: 'weather', description: 'Weather for a city' });
    expect(schema).toMatchObject({
      additionalProperties: false,
      required: ['city', 'units', 'extra'],
      properties: {
        city: { type: 'string', minLength: 2 },
        units: { type: 'string', enum: ['c', 'f'] },
        extra: { type: 'object', additionalProperties: { type: 'number' } },
      },
    });
    expect(inputs).toEqual([{ city: expect.any(String), units: 'c', extra: {} }]);
    expect(result.toolResults).toEqual([expect.objectContaining({ name: 'weather', output: { tempC: 3 } })]);
    expect(result.steps).toHaveLength(2);
  });

  it('a sub-schema reused twice (registered with an id, so zod emits $ref + definitions) is inlined at both places', async () => {
    const Address = z.object({ street: z.string(), city: z.string() }).strict().meta({ id: 'SchemasOnTheWireAddress' });
    const Trip = z.object({ from: Address, to: Address, stops: z.array(Address) });
    // Precondition: zod itself would send references, which Bedrock does not resolve.
    expect(keysIn(Trip['~standard'].jsonSchema.input({ target: 'draft-07' }))).toContain('$ref');

    const { object } = await bedrock().generateObject({ model, prompt: 'Plan a trip', schema: Trip });
    const schema = sentSchema();
    expectBedrockReady(schema);
    const properties = schema.properties as Record<string, JSONSchema>;
    expect(properties.from).toMatchObject(addressJson);
    expect(properties.to).toEqual(properties.from);
    expect(properties.stops).toMatchObject({ type: 'array', items: addressJson });
    expect(object).toEqual({ from: { street: 'example', city: 'example' }, to: { street: 'example', city: 'example' }, stops: [expect.any(Object)] });
  });

  it('generateObject validates with zod: the parsed value is returned (defaults applied), a mismatch is ObjectValidationError with raw', async () => {
    const Person = z.object({ name: z.string(), born: z.number().int(), title: z.string().default('none') });
    context.emulator.enqueue({ reply: { content: [{ type: 'tool-use', name: 'json', input: { name: 'Ada', born: 1815 } }] } });
    const { object } = await bedrock().generateObject({ model, prompt: 'Ada', schema: Person });
    expect(object).toEqual({ name: 'Ada', born: 1815, title: 'none' });

    context.emulator.enqueue({ reply: { content: [{ type: 'tool-use', name: 'json', input: { name: 'Ada', born: 'in 1815' } }] } });
    const error = await bedrock()
      .generateObject({ model, prompt: 'Ada', schema: Person })
      .catch((e: unknown) => e);
    expect(ObjectValidationError.isInstance(error)).toBe(true);
    expect((error as ObjectValidationError).raw).toEqual({ name: 'Ada', born: 'in 1815' });
    expect((error as ObjectValidationError).issues).toEqual([expect.objectContaining({ path: ['born'] })]);
  });

  it('streamText sends the same Bedrock-ready schema for a zod tool', async () => {
    const Address = z.object({ street: z.string(), city: z.string() }).strict().meta({ id: 'SchemasOnTheWireStreamAddress' });
    const stream = bedrock().streamText({
      model,
      prompt: 'Route?',
      toolChoice: 'required',
      tools: { route: { inputSchema: z.object({ from: Address, to: Address }) } },
    });
    const result = await stream.result;
    expect(context.emulator.requests[0]!.route).toBe('converse-stream');
    expectBedrockReady(sentSchema());
    expect((sentSchema().properties as Record<string, JSONSchema>).to).toMatchObject(addressJson);
    expect(result.toolCalls).toEqual([expect.objectContaining({ name: 'route', input: { from: expect.any(Object), to: expect.any(Object) } })]);
  });
});

describe('plain JSON Schema on the wire', () => {
  const order: JSONSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    properties: {
      billing: { $ref: '#/definitions/address', description: 'Where the invoice goes' },
      shipping: { $ref: '#/$defs/shippingAddress' },
      quantity: { type: 'integer', minimum: 1 },
    },
    required: ['billing', 'shipping', 'quantity'],
    additionalProperties: false,
    definitions: { address: addressJson },
    $defs: { shippingAddress: { $ref: '#/definitions/address' } },
  };

  it('a JSON Schema object (unwrapped) for a tool: $schema dropped, definitions / $defs inlined, $ref siblings and additionalProperties kept', async () => {
    const result = await bedrock().generateText({ model, prompt: 'Order', toolChoice: 'required', tools: { order: { inputSchema: order } } });
    const schema = sentSchema();
    expectBedrockReady(schema);
    expect(schema).toEqual({
      type: 'object',
      properties: {
        billing: { ...addressJson, description: 'Where the invoice goes' },
        shipping: addressJson,
        quantity: { type: 'integer', minimum: 1 },
      },
      required: ['billing', 'shipping', 'quantity'],
      additionalProperties: false,
    });
    expect(order).toHaveProperty('definitions'); // the caller's schema is not modified
    expect(result.toolCalls[0]!.input).toEqual({ billing: { street: 'example', city: 'example' }, shipping: { street: 'example', city: 'example' }, quantity: 1 });
  });

  it('jsonSchema() without validate works in the tool loop (input passed as received)', async () => {
    const inputs: unknown[] = [];
    const result = await bedrock().generateText({
      model,
      prompt: 'Order',
      maxSteps: 2,
      tools: { order: { inputSchema: jsonSchema(order), execute: (input) => (inputs.push(input), { accepted: true }) } },
    });
    expectBedrockReady(sentSchema());
    expect(inputs).toEqual([expect.objectContaining({ quantity: 1 })]);
    expect(result.text).toContain('accepted');
    expectBedrockReady(sentSchema(1)); // the second step sends the tools again, equally clean
  });

  it('generateObject with a plain JSON Schema returns the tool input unvalidated', async () => {
    const { object } = await bedrock().generateObject({ model, prompt: 'Order', schema: order });
    expectBedrockReady(sentSchema(0, 'json'));
    expect(object).toEqual({ billing: expect.any(Object), shipping: expect.any(Object), quantity: 1 });
  });

  it('generateObject with jsonSchema({ validate }) returns what validate returns, and throws ObjectValidationError with its issues', async () => {
    const validate = (value: unknown) =>
      typeof (value as { quantity?: unknown })?.quantity === 'number'
        ? { success: true as const, value: { ...(value as object), checked: true } }
        : { success: false as const, issues: ['quantity must be a number'] };
    const schema = jsonSchema<Record<string, unknown>>(order, { validate });
    const { object } = await bedrock().generateObject({ model, prompt: 'Order', schema });
    expect(object).toMatchObject({ quantity: 1, checked: true });
    expectBedrockReady(sentSchema());

    context.emulator.enqueue({ reply: { content: [{ type: 'tool-use', name: 'json', input: { quantity: 'two' } }] } });
    const error = await bedrock()
      .generateObject({ model, prompt: 'Order', schema })
      .catch((e: unknown) => e);
    expect(ObjectValidationError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ raw: { quantity: 'two' }, issues: ['quantity must be a number'] });
  });
});

describe('schemas Bedrock cannot take are refused before sending', () => {
  interface TreeNode {
    name: string;
    children: TreeNode[];
  }
  const zodTree: z.ZodType<TreeNode> = z.object({
    name: z.string(),
    get children() {
      return z.array(zodTree);
    },
  });
  const jsonTree: JSONSchema = {
    type: 'object',
    properties: { root: { $ref: '#/definitions/node' } },
    definitions: { node: { type: 'object', properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/definitions/node' } } } } },
  };

  const cases: [string, () => Promise<unknown>][] = [
    ['a recursive zod tool schema', () => bedrock().generateText({ model, prompt: 'x', tools: { tree: { inputSchema: zodTree } } })],
    ['a recursive zod schema in generateObject', () => bedrock().generateObject({ model, prompt: 'x', schema: zodTree })],
    ['a recursive JSON Schema (definitions) for a tool', () => bedrock().generateText({ model, prompt: 'x', tools: { tree: { inputSchema: jsonTree } } })],
    ['a recursive jsonSchema() in generateObject', () => bedrock().generateObject({ model, prompt: 'x', schema: jsonSchema(jsonTree) })],
    ['a recursive zod tool schema in streamText', () => bedrock().streamText({ model, prompt: 'x', tools: { tree: { inputSchema: zodTree } } }).result],
  ];
  it.each(cases)('%s → InputError naming the rule, no request sent', async (_, run) => {
    const error = await run().catch((e: unknown) => e);
    expect(InputError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/schema is recursive \(#[^)]*\); Bedrock tool schemas must be finite/);
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('a reference that does not resolve, and a non-object top level, are InputErrors too', async () => {
    const dangling = await bedrock()
      .generateText({ model, prompt: 'x', tools: { t: { inputSchema: { type: 'object', properties: { a: { $ref: '#/definitions/missing' } } } } } })
      .catch((e: unknown) => e);
    expect(InputError.isInstance(dangling)).toBe(true);
    expect((dangling as Error).message).toContain('tool "t": the schema reference #/definitions/missing does not resolve');
    const scalar = await bedrock()
      .generateObject({ model, prompt: 'x', schema: z.string() })
      .catch((e: unknown) => e);
    expect(InputError.isInstance(scalar)).toBe(true);
    expect((scalar as Error).message).toContain('requires an object schema');
    expect(context.emulator.requests).toHaveLength(0);
  });
});
