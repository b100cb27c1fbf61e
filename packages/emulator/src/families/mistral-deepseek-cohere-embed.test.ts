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

const chunks = (events: { payload: any }[]) => events.map((e) => e.payload.bytes);
const greeting = (text: string) => `Hello from the bedrock-kit emulator. You said: ${text}`;

describe('mistral native', () => {
  it('text-completion body: outputs with stop_reason; the stream ends with stop_reason and metrics in one chunk', async () => {
    const body = { prompt: '<s>[INST] Earlier [/INST]Ok.</s>[INST] Tell me a joke [/INST]', max_tokens: 100 };
    expect(await (await callEmulator(emulator, 'invoke', 'mistral.mistral-7b-instruct-v0:2', body)).json()).toEqual({
      outputs: [{ text: greeting('Tell me a joke'), stop_reason: 'stop' }],
    });
    const events = chunks(await readEvents(await callEmulator(emulator, 'invoke-with-response-stream', 'mistral.mixtral-8x7b-instruct-v0:1', body)));
    expect(events.map((c: any) => c.outputs[0].text).join('')).toBe(greeting('Tell me a joke'));
    expect(events.at(-1)).toMatchObject({ outputs: [{ stop_reason: 'stop' }], 'amazon-bedrock-invocationMetrics': { inputTokenCount: expect.any(Number) } });
  });

  it('chat body: a synthesized tool call for the offered tool, then the tool result echoed', async () => {
    const tools = [{ type: 'function', function: { name: 'weather', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } } }];
    const first = (await (await callEmulator(emulator, 'invoke', 'mistral.mistral-large-2407-v1:0', { messages: [{ role: 'user', content: 'Weather?' }], tools })).json()) as any;
    expect(first.choices[0]).toMatchObject({ stop_reason: 'tool_calls', message: { tool_calls: [{ function: { name: 'weather' } }] } });
    const call = first.choices[0].message.tool_calls[0];
    expect(JSON.parse(call.function.arguments)).toEqual({ city: expect.any(String) });
    const messages = [{ role: 'user', content: 'Weather?' }, { role: 'assistant', content: '', tool_calls: [call] }, { role: 'tool', tool_call_id: call.id, content: '{"tempC":4}' }];
    const second = (await (await callEmulator(emulator, 'invoke', 'mistral.mistral-large-2407-v1:0', { messages, tools })).json()) as any;
    expect(second.choices[0]).toMatchObject({ stop_reason: 'stop', message: { content: 'The tool returned: {"tempC":4}' } });
  });

  it('a body with neither prompt nor messages is a ValidationException', async () => {
    const response = await callEmulator(emulator, 'invoke', 'mistral.devstral-2-123b', { max_tokens: 5 });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('ValidationException');
  });
});

describe('deepseek R1 native', () => {
  const body = { prompt: '<｜begin▁of▁sentence｜><｜User｜>Tell me a joke<｜Assistant｜><think>\n', max_tokens: 300 };

  it('answers reasoning, </think>, then the answer, in choices[0].text', async () => {
    const answer = (await (await callEmulator(emulator, 'invoke', 'us.deepseek.r1-v1:0', body)).json()) as any;
    expect(answer.choices[0].stop_reason).toBe('stop');
    expect(answer.choices[0].text).toBe(`The user wrote "Tell me a joke". A short, friendly answer fits.\n</think>\n\n${greeting('Tell me a joke')}`);
  });

  it('streams five-character pieces, so </think> is split across chunks', async () => {
    const events = chunks(await readEvents(await callEmulator(emulator, 'invoke-with-response-stream', 'us.deepseek.r1-v1:0', body)));
    const texts = events.map((c: any) => c.choices[0].text as string);
    expect(texts.some((text) => text.includes('</think>'))).toBe(false);
    expect(texts.join('')).toContain('</think>');
    expect(events.at(-1)).toMatchObject({ choices: [{ stop_reason: 'stop' }], 'amazon-bedrock-invocationMetrics': { outputTokenCount: expect.any(Number) } });
  });

  it('refuses more than 10 stop sequences', async () => {
    const response = await callEmulator(emulator, 'invoke', 'us.deepseek.r1-v1:0', { ...body, stop: Array.from({ length: 11 }, (_, i) => `${i}`) });
    expect(response.status).toBe(400);
  });
});

describe('cohere embed', () => {
  it('v3: deterministic 1024-value vectors in order and the input-token header', async () => {
    const response = await callEmulator(emulator, 'invoke', 'cohere.embed-english-v3', { texts: ['a', 'b', 'a'], input_type: 'search_document' });
    expect(Number(response.headers.get('x-amzn-bedrock-input-token-count'))).toBe(3);
    const answer = (await response.json()) as any;
    expect(answer.response_type).toBe('embeddings_floats');
    expect(answer.embeddings.map((v: number[]) => v.length)).toEqual([1024, 1024, 1024]);
    expect(answer.embeddings[0]).toEqual(answer.embeddings[2]);
    expect(answer.embeddings[0]).not.toEqual(answer.embeddings[1]);
  });

  it('v4: output_dimension honoured, embeddings by type; bad input is a ValidationException', async () => {
    const answer = (await (await callEmulator(emulator, 'invoke', 'us.cohere.embed-v4:0', { texts: ['a'], input_type: 'search_query', output_dimension: 256 })).json()) as any;
    expect(answer).toMatchObject({ response_type: 'embeddings_by_type' });
    expect(answer.embeddings.float[0]).toHaveLength(256);
    for (const bad of [{ texts: [], input_type: 'search_query' }, { texts: [''], input_type: 'search_query' }, { texts: ['a'], input_type: 'nope' }, { texts: ['a'], input_type: 'search_query', output_dimension: 300 }]) {
      expect((await callEmulator(emulator, 'invoke', 'cohere.embed-v4:0', bad)).status).toBe(400);
    }
  });
});
