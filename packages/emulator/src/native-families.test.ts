import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from './emulator';
import { startEmulator } from './start-emulator';
import { callEmulator, readEvents } from './test-support/call-emulator';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ now: () => Date.UTC(2024, 5, 1) });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

const claude = 'anthropic.claude-3-sonnet-20240229-v1:0';
const claudeBody = { anthropic_version: 'bedrock-2023-05-31', max_tokens: 200, messages: [{ role: 'user', content: 'Tell me a joke' }] };
const greeting = 'Hello from the bedrock-kit emulator. You said: Tell me a joke';
const chunks = (events: { payload: any }[]) => events.map((e) => e.payload.bytes);

describe('anthropic native', () => {
  it('answers the Messages JSON with token headers', async () => {
    const response = await callEmulator(emulator, 'invoke', claude, claudeBody);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(Number(response.headers.get('x-amzn-bedrock-input-token-count'))).toBeGreaterThan(0);
    expect(Number(response.headers.get('x-amzn-bedrock-output-token-count'))).toBeGreaterThan(0);
    expect(await response.json()).toEqual({
      id: 'msg_bdrk_emulator00000001',
      type: 'message',
      role: 'assistant',
      model: 'claude-3-sonnet-20240229',
      content: [{ type: 'text', text: greeting }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: { input_tokens: expect.any(Number), output_tokens: expect.any(Number) },
    });
  });

  it('streams message_start … message_stop with invocation metrics inside base64 chunks', async () => {
    const response = await callEmulator(emulator, 'invoke-with-response-stream', `global.${claude}`, claudeBody);
    expect(response.headers.get('content-type')).toBe('application/vnd.amazon.eventstream');
    expect(response.headers.get('x-amzn-bedrock-content-type')).toBe('application/json');
    const events = await readEvents(response);
    expect(events.every((e) => e.type === 'chunk' && typeof e.payload.p === 'string')).toBe(true);
    const types = chunks(events).map((c) => c.type);
    expect(types.slice(0, 2)).toEqual(['message_start', 'content_block_start']);
    expect(types.slice(-3)).toEqual(['content_block_stop', 'message_delta', 'message_stop']);
    const text = chunks(events).filter((c) => c.type === 'content_block_delta').map((c) => c.delta.text).join('');
    expect(text).toBe(greeting);
    expect(chunks(events).at(-1)['amazon-bedrock-invocationMetrics']).toEqual({
      inputTokenCount: expect.any(Number),
      outputTokenCount: expect.any(Number),
      invocationLatency: 42,
      firstByteLatency: 21,
    });
  });

  it('calls a forced tool and streams its input as input_json_delta', async () => {
    const tools = [{ name: 'get_weather', input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } }];
    const body = { ...claudeBody, tools, tool_choice: { type: 'tool', name: 'get_weather' } };
    const json = await (await callEmulator(emulator, 'invoke', claude, body)).json();
    expect(json.content).toEqual([{ type: 'tool_use', id: 'toolu_bdrk_0001emu0', name: 'get_weather', input: { city: 'example' } }]);
    expect(json.stop_reason).toBe('tool_use');
    const streamed = chunks(await readEvents(await callEmulator(emulator, 'invoke-with-response-stream', claude, body)));
    const partial = streamed.filter((c) => c.delta?.type === 'input_json_delta').map((c) => c.delta.partial_json).join('');
    expect(JSON.parse(partial)).toEqual({ city: 'example' });
  });

  it('reports cache writes then reads, in the body and the headers', async () => {
    const body = { ...claudeBody, system: [{ type: 'text', text: 'Long context. '.repeat(40), cache_control: { type: 'ephemeral' } }] };
    const first = await callEmulator(emulator, 'invoke', claude, body);
    const second = await callEmulator(emulator, 'invoke', claude, body);
    const [a, b] = [await first.json(), await second.json()];
    expect(a.usage.cache_creation_input_tokens).toBeGreaterThan(100);
    expect(b.usage.cache_read_input_tokens).toBe(a.usage.cache_creation_input_tokens);
    expect(second.headers.get('x-amzn-bedrock-cache-read-input-token-count')).toBe(String(b.usage.cache_read_input_tokens));
  });

  it('names a missing required key the way the service does', async () => {
    const { max_tokens: _dropped, ...body } = claudeBody;
    const response = await callEmulator(emulator, 'invoke', claude, body);
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('ValidationException');
    expect(await response.json()).toEqual({
      message: 'Malformed input request: #: required key [max_tokens] not found, please reformat your input and try again.',
    });
  });
});

describe('cohere Command R native', () => {
  const model = 'cohere.command-r-plus-v1:0';
  const body = { message: 'Colour of the sky?', documents: [{ title: 'sky', snippet: 'The sky is blue.' }] };

  it('answers text with citations; usage only in headers', async () => {
    const response = await callEmulator(emulator, 'invoke', model, body);
    const json = await response.json();
    expect(json).toMatchObject({ text: 'Hello from the bedrock-kit emulator. You said: Colour of the sky?', finish_reason: 'COMPLETE' });
    expect(json.citations).toEqual([{ start: 0, end: 16, text: 'Hello from the b', document_ids: ['doc_0'] }]);
    expect(json.usage).toBeUndefined();
    expect(response.headers.get('x-amzn-bedrock-output-token-count')).toMatch(/^\d+$/);
  });

  it('streams text-generation, citation-generation and stream-end', async () => {
    const events = chunks(await readEvents(await callEmulator(emulator, 'invoke-with-response-stream', model, body)));
    expect(events[0]).toMatchObject({ event_type: 'stream-start', is_finished: false });
    expect(events.some((c) => c.event_type === 'text-generation')).toBe(true);
    expect(events.some((c) => c.event_type === 'citation-generation')).toBe(true);
    expect(events.at(-1)).toMatchObject({ event_type: 'stream-end', is_finished: true, finish_reason: 'COMPLETE' });
    expect(events.at(-1)['amazon-bedrock-invocationMetrics']).toBeDefined();
  });

  it('calls a tool from parameter_definitions and answers tool_results', async () => {
    const tools = [{ name: 'lookup', parameter_definitions: { city: { type: 'str', required: true }, days: { type: 'int' } } }];
    const call = await (await callEmulator(emulator, 'invoke', model, { message: 'Weather?', tools })).json();
    expect(call.tool_calls).toEqual([{ name: 'lookup', parameters: { city: 'example' } }]);
    const results = [{ call: { name: 'lookup', parameters: { city: 'Oslo' } }, outputs: [{ temp: 3 }] }];
    const answer = await (await callEmulator(emulator, 'invoke', model, { message: '', tools, tool_results: results })).json();
    expect(answer.text).toBe('The tool returned: {"temp":3}');
  });

  it('requires message', async () => {
    const response = await callEmulator(emulator, 'invoke', model, { chat_history: [] });
    expect((await response.json()).message).toContain('required key [message] not found');
  });
});

describe('openai gpt-oss native', () => {
  const model = 'openai.gpt-oss-120b-1:0';
  const body = { messages: [{ role: 'user', content: 'Hi' }], max_completion_tokens: 500 };

  it('answers a chat completion with <reasoning> in the content', async () => {
    const json = await (await callEmulator(emulator, 'invoke', model, body)).json();
    expect(json).toMatchObject({ object: 'chat.completion', model, choices: [{ index: 0, finish_reason: 'stop' }] });
    expect(json.choices[0].message.content).toMatch(/^<reasoning>.*<\/reasoning>Hello from the bedrock-kit emulator\. You said: Hi$/);
    expect(json.usage.total_tokens).toBe(json.usage.prompt_tokens + json.usage.completion_tokens);
  });

  it('streams chunks whose last one carries finish_reason and the metrics together', async () => {
    const events = chunks(await readEvents(await callEmulator(emulator, 'invoke-with-response-stream', model, body)));
    const content = events.map((c) => c.choices[0].delta.content ?? '').join('');
    expect(content).toContain('</reasoning>Hello');
    expect(events.some((c) => c.choices[0].delta.content === '<reason')).toBe(true);
    const last = events.at(-1);
    expect(last.choices[0].finish_reason).toBe('stop');
    expect(last['amazon-bedrock-invocationMetrics']).toBeDefined();
  });

  it('decodes tool calls natively', async () => {
    const tools = [{ type: 'function', function: { name: 'add', parameters: { type: 'object', properties: { a: { type: 'number' } }, required: ['a'] } } }];
    const json = await (await callEmulator(emulator, 'invoke', model, { ...body, tools })).json();
    expect(json.choices[0].finish_reason).toBe('tool_calls');
    expect(json.choices[0].message.tool_calls).toEqual([{ id: 'call_0001emu1', type: 'function', function: { name: 'add', arguments: '{"a":1}' } }]);
  });
});

describe('meta llama native', () => {
  const model = 'us.meta.llama3-2-3b-instruct-v1:0';
  const prompt =
    '<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nTell me a joke<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n';

  it('answers generation and token counts from the last user turn of the template', async () => {
    const json = await (await callEmulator(emulator, 'invoke', model, { prompt, max_gen_len: 512 })).json();
    expect(json).toEqual({ generation: greeting, prompt_token_count: expect.any(Number), generation_token_count: expect.any(Number), stop_reason: 'stop' });
  });

  it('streams generations; the last chunk holds text, stop_reason and metrics', async () => {
    const events = chunks(await readEvents(await callEmulator(emulator, 'invoke-with-response-stream', model, { prompt })));
    expect(events.map((c) => c.generation).join('')).toBe(greeting);
    expect(events.at(-1)).toMatchObject({ stop_reason: 'stop', generation: expect.stringMatching(/\S/) });
    expect(events.at(-1)['amazon-bedrock-invocationMetrics']).toBeDefined();
    expect(events.at(-2).stop_reason).toBeNull();
  });

  it('stops at max_gen_len with stop_reason length', async () => {
    const json = await (await callEmulator(emulator, 'invoke', model, { prompt, max_gen_len: 3 })).json();
    expect(json.stop_reason).toBe('length');
  });

  it('refuses a bare ID the service serves only through an inference profile', async () => {
    const response = await callEmulator(emulator, 'invoke', 'meta.llama3-2-3b-instruct-v1:0', { prompt });
    expect(response.status).toBe(400);
    expect((await response.json()).message).toMatch(/with on-demand throughput isn.t supported/);
  });

  it('requires prompt', async () => {
    const response = await callEmulator(emulator, 'invoke', model, { max_gen_len: 5 });
    expect((await response.json()).message).toContain('required key [prompt] not found');
  });
});
