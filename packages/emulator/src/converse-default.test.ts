import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from './emulator';
import { startEmulator } from './start-emulator';
import { callEmulator, readEvents } from './test-support/call-emulator';

const model = 'anthropic.claude-3-sonnet-20240229-v1:0';
const hello = { messages: [{ role: 'user', content: [{ text: 'Hi there' }] }] };
const weatherTool = {
  toolSpec: {
    name: 'get_weather',
    description: 'Weather for a city',
    inputSchema: { json: { type: 'object', properties: { city: { type: 'string' }, days: { type: 'integer', minimum: 2 } }, required: ['city', 'days'] } },
  },
};

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ now: () => Date.UTC(2024, 0, 1, 0, 0, 0) });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

describe('Converse default answers', () => {
  it('answers a greeting with the service headers and a Converse body', async () => {
    const response = await callEmulator(emulator, 'converse', model, hello);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-amzn-requestid')).toBe('00000000-0000-4000-8000-000000000001');
    expect(response.headers.get('date')).toBe('Mon, 01 Jan 2024 00:00:00 GMT');
    const body = await response.json();
    expect(body).toEqual({
      metrics: { latencyMs: 42 },
      output: { message: { role: 'assistant', content: [{ text: 'Hello from the bedrock-kit emulator. You said: Hi there' }] } },
      stopReason: 'end_turn',
      usage: { inputTokens: expect.any(Number), outputTokens: expect.any(Number), totalTokens: expect.any(Number) },
    });
    expect(body.usage.totalTokens).toBe(body.usage.inputTokens + body.usage.outputTokens);
  });

  it('records the request with its decoded model ID, parsed body and auth result', async () => {
    await callEmulator(emulator, 'converse', `us.${model}`, hello);
    const [request] = emulator.requests;
    expect(request).toMatchObject({
      number: 1,
      method: 'POST',
      route: 'converse',
      modelId: `us.${model}`,
      path: '/model/us.anthropic.claude-3-sonnet-20240229-v1%3A0/converse',
      body: hello,
      auth: { ok: true, scheme: 'bearer' },
      receivedAt: Date.UTC(2024, 0, 1),
    });
  });

  it('calls the first tool with an input synthesized from its JSON Schema', async () => {
    const response = await callEmulator(emulator, 'converse', model, { ...hello, toolConfig: { tools: [weatherTool] } });
    const body = await response.json();
    expect(body.stopReason).toBe('tool_use');
    expect(body.output.message.content).toEqual([
      { toolUse: { toolUseId: 'tooluse_0001emu0', name: 'get_weather', input: { city: 'example', days: 2 } } },
    ]);
  });

  it('answers a tool result with its JSON', async () => {
    const messages = [
      ...hello.messages,
      { role: 'assistant', content: [{ toolUse: { toolUseId: 't1', name: 'get_weather', input: { city: 'Oslo', days: 2 } } }] },
      { role: 'user', content: [{ toolResult: { toolUseId: 't1', content: [{ json: { temperature: 21 } }] } }] },
    ];
    const response = await callEmulator(emulator, 'converse', model, { messages, toolConfig: { tools: [weatherTool] } });
    const body = await response.json();
    expect(body.output.message.content).toEqual([{ text: 'The tool returned: {"temperature":21}' }]);
    expect(body.stopReason).toBe('end_turn');
  });

  it('writes then reads the prompt cache across two requests with the same cache point', async () => {
    const cached = {
      system: [{ text: 'A long system prompt. '.repeat(20) }, { cachePoint: { type: 'default' } }],
      messages: hello.messages,
    };
    const first = await (await callEmulator(emulator, 'converse', model, cached)).json();
    const second = await (await callEmulator(emulator, 'converse', model, cached)).json();
    expect(first.usage.cacheWriteInputTokens).toBeGreaterThan(100);
    expect(first.usage.cacheReadInputTokens).toBe(0);
    expect(second.usage.cacheReadInputTokens).toBe(first.usage.cacheWriteInputTokens);
    expect(second.usage.cacheWriteInputTokens).toBe(0);
    expect(second.usage.totalTokens).toBe(second.usage.inputTokens + second.usage.outputTokens + second.usage.cacheReadInputTokens);
  });

  it('returns reasoning with a signature when extended thinking is requested', async () => {
    const body = await (
      await callEmulator(emulator, 'converse', model, { ...hello, additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 1024 } } })
    ).json();
    const [reasoning, text] = body.output.message.content;
    expect(reasoning.reasoningContent.reasoningText).toEqual({ text: expect.stringContaining('Hi there'), signature: expect.any(String) });
    expect(text).toEqual({ text: expect.stringContaining('You said: Hi there') });
  });

  it('cuts the answer at maxTokens with stopReason max_tokens', async () => {
    const body = await (await callEmulator(emulator, 'converse', model, { ...hello, inferenceConfig: { maxTokens: 2 } })).json();
    expect(body.stopReason).toBe('max_tokens');
    expect(body.output.message.content[0].text).toBe('Hello fr');
  });

  it('cites the first document when citations are enabled', async () => {
    const document = { name: 'notes', format: 'txt', source: { bytes: Buffer.from('The sky is blue.').toString('base64') }, citations: { enabled: true } };
    const body = await (
      await callEmulator(emulator, 'converse', 'cohere.command-r-plus-v1:0', {
        messages: [{ role: 'user', content: [{ document }, { text: 'Colour?' }] }],
      })
    ).json();
    expect(body.output.message.content[0].citationsContent).toEqual({
      content: [{ text: 'Hello from the bedrock-kit emulator. You said: Colour?' }],
      citations: [
        { title: 'notes', sourceContent: [{ text: 'The sky is blue.' }], location: { documentChar: { documentIndex: 0, start: 0, end: 16 } } },
      ],
    });
  });
});

describe('ConverseStream default answers', () => {
  it('streams text deltas without contentBlockStart, with padding, then stop and metadata', async () => {
    const response = await callEmulator(emulator, 'converse-stream', model, hello);
    expect(response.headers.get('content-type')).toBe('application/vnd.amazon.eventstream');
    const events = await readEvents(response);
    const types = events.map((e) => e.type);
    expect(types[0]).toBe('messageStart');
    expect(types).not.toContain('contentBlockStart');
    expect(types.slice(-3)).toEqual(['contentBlockStop', 'messageStop', 'metadata']);
    const deltas = events.filter((e) => e.type === 'contentBlockDelta').map((e) => e.payload.delta.text);
    expect(deltas.length).toBeGreaterThan(3);
    expect(deltas.join('')).toBe('Hello from the bedrock-kit emulator. You said: Hi there');
    expect(events.every((e) => e.messageType === 'event' && typeof e.payload.p === 'string')).toBe(true);
    expect(events.at(-1)!.payload).toMatchObject({ metrics: { latencyMs: 42 }, usage: { inputTokens: expect.any(Number) } });
  });

  it('streams a tool use with contentBlockStart and its input as JSON string pieces', async () => {
    const events = await readEvents(await callEmulator(emulator, 'converse-stream', model, { ...hello, toolConfig: { tools: [weatherTool] } }));
    const start = events.find((e) => e.type === 'contentBlockStart');
    expect(start!.payload.start).toEqual({ toolUse: { name: 'get_weather', toolUseId: 'tooluse_0001emu0' } });
    const input = events
      .filter((e) => e.type === 'contentBlockDelta')
      .map((e) => e.payload.delta.toolUse.input)
      .join('');
    expect(JSON.parse(input)).toEqual({ city: 'example', days: 2 });
    expect(events.find((e) => e.type === 'messageStop')!.payload.stopReason).toBe('tool_use');
  });

  it('refuses tools while streaming on gpt-oss, as the service does', async () => {
    const response = await callEmulator(emulator, 'converse-stream', 'openai.gpt-oss-20b-1:0', { ...hello, toolConfig: { tools: [weatherTool] } });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ message: "This model doesn't support tool use in streaming mode." });
  });
});
