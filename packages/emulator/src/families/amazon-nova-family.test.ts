import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../emulator';
import { startEmulator } from '../start-emulator';
import { callEmulator, readEvents } from '../test-support/call-emulator';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ now: () => Date.UTC(2024, 5, 1) });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

const nova = 'us.amazon.nova-lite-v1:0';
const body = { schemaVersion: 'messages-v1', messages: [{ role: 'user', content: [{ text: 'Tell me a joke' }] }], inferenceConfig: { maxTokens: 200 } };
const greeting = 'Hello from the bedrock-kit emulator. You said: Tell me a joke';
/** readEvents has already decoded each chunk's base64 `bytes`. */
const decoded = (events: { payload: any }[]) => events.map((e) => e.payload.bytes);

describe('amazon Nova native', () => {
  it('answers output.message.content, stopReason and usage', async () => {
    const response = await callEmulator(emulator, 'invoke', nova, body);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      output: { message: { role: 'assistant', content: [{ text: greeting }] } },
      stopReason: 'end_turn',
      usage: { inputTokens: expect.any(Number), outputTokens: expect.any(Number), totalTokens: expect.any(Number) },
    });
  });

  it('streams one block per text delta, then messageStop and metadata with the invocation metrics', async () => {
    const chunks = decoded(await readEvents(await callEmulator(emulator, 'invoke-with-response-stream', nova, body)));
    expect(chunks[0]).toEqual({ messageStart: { role: 'assistant' } });
    const deltas = chunks.filter((c) => c.contentBlockDelta);
    expect(deltas.map((c) => c.contentBlockDelta.delta.text).join('')).toBe(greeting);
    expect(new Set(deltas.map((c) => c.contentBlockDelta.contentBlockIndex)).size).toBe(deltas.length);
    expect(chunks.at(-2)).toEqual({ messageStop: { stopReason: 'end_turn' } });
    expect(chunks.at(-1)).toMatchObject({ metadata: { usage: { inputTokens: expect.any(Number) } }, 'amazon-bedrock-invocationMetrics': { inputTokenCount: expect.any(Number) } });
  });

  it('echoes tools with a synthesized toolUse, streamed as start, input delta and stop', async () => {
    const withTools = { ...body, toolConfig: { tools: [{ toolSpec: { name: 'weather', inputSchema: { json: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } } } }] } };
    const answer = await (await callEmulator(emulator, 'invoke', nova, withTools)).json();
    expect(answer.stopReason).toBe('tool_use');
    expect(answer.output.message.content).toEqual([{ toolUse: { toolUseId: expect.stringMatching(/^tooluse_/), name: 'weather', input: { city: expect.any(String) } } }]);
    const chunks = decoded(await readEvents(await callEmulator(emulator, 'invoke-with-response-stream', nova, withTools)));
    expect(chunks.find((c) => c.contentBlockStart)?.contentBlockStart.start.toolUse).toMatchObject({ name: 'weather' });
    expect(JSON.parse(chunks.find((c) => c.contentBlockDelta?.delta.toolUse)!.contentBlockDelta.delta.toolUse.input)).toEqual({ city: expect.any(String) });
  });

  it('refuses a body without messages as the service does', async () => {
    const response = await callEmulator(emulator, 'invoke', nova, { schemaVersion: 'messages-v1' });
    expect(response.status).toBe(400);
    expect((await response.json()).message).toContain('required key [messages] not found');
  });
});
