import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from './emulator';
import { startEmulator } from './start-emulator';
import { callEmulator, readEvents } from './test-support/call-emulator';

// Claude's native structured output: `output_config.format: { type: 'json_schema', schema }` in the
// InvokeModel body (AWS structured-output guide), answered as Converse `outputConfig.textFormat` is.
const model = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0';
const schema = {
  type: 'object',
  properties: { city: { type: 'string', minLength: 3 }, population: { type: 'integer', minimum: 1000 }, tags: { type: 'array', items: { enum: ['big', 'old'] } } },
  required: ['city', 'population', 'tags'],
  additionalProperties: false,
};
const fitting = { city: 'example', population: 1000, tags: ['big'] };
const claude = (outputConfig: unknown, extra: Record<string, unknown> = {}) => ({
  anthropic_version: 'bedrock-2023-05-31',
  max_tokens: 200,
  messages: [{ role: 'user', content: 'A city?' }],
  output_config: outputConfig,
  ...extra,
});

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

async function invoke(body: unknown) {
  const response = await callEmulator(emulator, 'invoke', model, body);
  return { status: response.status, body: await response.json() };
}

describe('native Claude output_config.format (structured output)', () => {
  it('answers one text block of JSON that fits the schema', async () => {
    const { status, body } = await invoke(claude({ format: { type: 'json_schema', schema } }));
    expect(status).toBe(200);
    expect(body.content).toHaveLength(1);
    expect(body.content[0].type).toBe('text');
    expect(JSON.parse(body.content[0].text)).toEqual(fitting);
    expect(body.stop_reason).toBe('end_turn');
  });

  it('streams the same JSON as text deltas', async () => {
    const response = await callEmulator(emulator, 'invoke-with-response-stream', model, claude({ format: { type: 'json_schema', schema } }));
    const chunks = (await readEvents(response)).filter((e) => e.type === 'chunk').map((e) => e.payload.bytes);
    const text = chunks.filter((c) => c.type === 'content_block_delta').map((c) => c.delta.text).join('');
    expect(chunks[0].type).toBe('message_start');
    expect(JSON.parse(text)).toEqual(fitting);
  });

  it('takes the format beside effort and adaptive thinking: reasoning first, then the JSON', async () => {
    const { status, body } = await invoke(claude({ effort: 'high', format: { type: 'json_schema', schema } }, { thinking: { type: 'adaptive' } }));
    expect(status).toBe(200);
    expect(body.content.map((b: { type: string }) => b.type)).toEqual(['thinking', 'text']);
    expect(JSON.parse(body.content[1].text)).toEqual(fitting);
  });

  it('answers plain text without a format (effort alone)', async () => {
    const { body } = await invoke(claude({ effort: 'low' }));
    expect(body.content[0].text).toBe('Hello from the bedrock-kit emulator. You said: A city?');
  });

  it('refuses a malformed output_config, naming the path as the service does', async () => {
    const cases: [unknown, string][] = [
      ['json', '#/output_config: expected type: JSONObject, found: String'],
      [{ format: { type: 'json_schema', schema }, strict: true }, '#/output_config: extraneous key [strict] is not permitted'],
      [{ effort: 'extreme' }, '#/output_config/effort: extreme is not a valid enum value'],
      [{ format: [] }, '#/output_config/format: expected type: JSONObject, found: JSONArray'],
      [{ format: { schema } }, '#/output_config/format: required key [type] not found'],
      [{ format: { type: 'json_object', schema } }, '#/output_config/format/type: json_object is not a valid enum value'],
      [{ format: { type: 'json_schema' } }, '#/output_config/format: required key [schema] not found'],
      // Converse sends the schema as a string; the native body takes the object.
      [{ format: { type: 'json_schema', schema: JSON.stringify(schema) } }, '#/output_config/format/schema: expected type: JSONObject, found: String'],
      [{ format: { type: 'json_schema', schema, name: 'city' } }, '#/output_config/format: extraneous key [name] is not permitted'],
    ];
    for (const [config, problem] of cases) {
      const { status, body } = await invoke(claude(config));
      expect(status, problem).toBe(400);
      expect(body.message).toBe(`Malformed input request: ${problem}, please reformat your input and try again.`);
    }
  });
});
