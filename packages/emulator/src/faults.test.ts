import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from './emulator';
import { startEmulator } from './start-emulator';
import { callEmulator, eventReader, readEvents } from './test-support/call-emulator';

const model = 'anthropic.claude-3-haiku-20240307-v1:0';
const hello = { messages: [{ role: 'user', content: [{ text: 'one two three four five' }] }] };

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

describe('HTTP error scripts', () => {
  it.each([
    ['ThrottlingException', 429],
    ['ServiceUnavailableException', 503],
    ['InternalServerException', 500],
    ['ValidationException', 400],
    ['ModelTimeoutException', 408],
    ['ModelNotReadyException', 429],
  ])('%s answers the status of the service model (%i)', async (type, status) => {
    emulator.enqueue({ error: { type } });
    const response = await callEmulator(emulator, 'converse', model, hello);
    expect(response.status).toBe(status);
    expect(response.headers.get('x-amzn-errortype')).toBe(type);
    expect((await response.json()).message).toEqual(expect.any(String));
  });

  it('carries retry-after, a custom message and a type suffix', async () => {
    emulator.enqueue({ error: { type: 'ThrottlingException', message: 'Slow down', retryAfter: 3, typeSuffix: 'http://internal.amazon.com/coral/com.amazon.bedrock/' } });
    const response = await callEmulator(emulator, 'converse-stream', model, hello);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(response.headers.get('x-amzn-errortype')).toBe('ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/');
    expect(await response.json()).toEqual({ message: 'Slow down' });
  });

  it('consumes scripts in order, `times` repeats one, and the default answer follows', async () => {
    emulator.enqueue({ error: { type: 'ThrottlingException' }, times: 2 }, { error: { type: 'InternalServerException' } });
    expect(emulator.pendingScripts).toBe(3);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await callEmulator(emulator, 'converse', model, hello)).status);
    expect(statuses).toEqual([429, 429, 500, 200]);
    expect(emulator.pendingScripts).toBe(0);
  });

  it('a script with `match` waits for its route or model', async () => {
    emulator.enqueue({ match: { route: 'converse-stream' }, error: { type: 'ServiceUnavailableException' } });
    emulator.enqueue({ match: { modelId: /llama/ }, error: { type: 'ValidationException', message: 'no' } });
    expect((await callEmulator(emulator, 'converse', model, hello)).status).toBe(200);
    expect((await callEmulator(emulator, 'converse', 'us.meta.llama3-2-3b-instruct-v1:0', hello)).status).toBe(400);
    expect((await callEmulator(emulator, 'converse-stream', model, hello)).status).toBe(503);
  });

  it('answers raw bytes as given', async () => {
    emulator.enqueue({ raw: { status: 502, headers: { 'content-type': 'text/html' }, body: '<html>Bad gateway</html>' } });
    const response = await callEmulator(emulator, 'converse', model, hello);
    expect(response.status).toBe(502);
    expect(await response.text()).toBe('<html>Bad gateway</html>');
  });
});

describe('in-stream faults', () => {
  it('sends an exception frame after N events and ends the stream', async () => {
    emulator.enqueue({ exceptionAfterEvents: { afterEvents: 2, type: 'throttlingException', message: 'Too many tokens' } });
    const events = await readEvents(await callEmulator(emulator, 'converse-stream', model, hello));
    expect(events.map((e) => e.type)).toEqual(['messageStart', 'contentBlockDelta', 'throttlingException']);
    expect(events[2]).toEqual({ messageType: 'exception', type: 'throttlingException', payload: { message: 'Too many tokens' } });
  });

  it('works on InvokeModelWithResponseStream with extra payload fields', async () => {
    emulator.enqueue({
      exceptionAfterEvents: { afterEvents: 0, type: 'modelStreamErrorException', fields: { originalStatusCode: 500, originalMessage: 'boom' } },
    });
    const body = { anthropic_version: 'bedrock-2023-05-31', max_tokens: 100, messages: [{ role: 'user', content: 'Hi' }] };
    const events = await readEvents(await callEmulator(emulator, 'invoke-with-response-stream', model, body));
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toEqual({ message: expect.any(String), originalStatusCode: 500, originalMessage: 'boom' });
  });

  it('holds after the first frame: the client reads it before the rest is sent', async () => {
    const gate = emulator.gate();
    emulator.enqueue({ holdAfterEvents: { afterEvents: 2, gate } });
    const response = await callEmulator(emulator, 'converse-stream', model, hello);
    const reader = eventReader(response);
    expect((await reader.next())!.type).toBe('messageStart');
    expect((await reader.next())!.payload.delta.text).toBe('Hello');
    await gate.reached;
    expect(gate.released).toBe(false);
    gate.release();
    const rest: (string | undefined)[] = [];
    for (let event = await reader.next(); event; event = await reader.next()) rest.push(event.type);
    expect(rest.at(-1)).toBe('metadata');
  });

  it('holds before the first byte until released', async () => {
    const gate = emulator.gate();
    emulator.enqueue({ holdBeforeFirstByte: gate });
    let settled = false;
    const pending = callEmulator(emulator, 'converse', model, hello).then((r) => ((settled = true), r));
    await emulator.waitForRequest(1);
    await gate.reached;
    expect(settled).toBe(false);
    gate.release();
    expect((await pending).status).toBe(200);
  });

  it('a client that gives up during a hold frees the exchange; the emulator keeps serving', async () => {
    const gate = emulator.gate();
    emulator.enqueue({ holdAfterEvents: { afterEvents: 1, gate } });
    const controller = new AbortController();
    const reader = eventReader(await callEmulator(emulator, 'converse-stream', model, hello, { signal: controller.signal }));
    expect((await reader.next())!.type).toBe('messageStart');
    await gate.reached;
    controller.abort();
    await expect(reader.next()).rejects.toThrow();
    expect((await callEmulator(emulator, 'converse', model, hello)).status).toBe(200);
    gate.release();
  });

  it('drops the connection mid-stream after N events; every earlier frame arrives', async () => {
    emulator.enqueue({ resetAfterEvents: 3 });
    const reader = eventReader(await callEmulator(emulator, 'converse-stream', model, hello));
    const seen: (string | undefined)[] = [];
    await expect(
      (async () => {
        for (let event = await reader.next(); event; event = await reader.next()) seen.push(event.type);
      })(),
    ).rejects.toThrow();
    expect(seen).toEqual(['messageStart', 'contentBlockDelta', 'contentBlockDelta']);
  });

  it('drops a non-streaming request before any response byte', async () => {
    emulator.enqueue({ resetAfterEvents: 0, resetMode: 'rst' });
    await expect(callEmulator(emulator, 'converse', model, hello)).rejects.toThrow(/fetch failed/);
    expect(emulator.requests[0]!.status).toBe(0);
    expect((await callEmulator(emulator, 'converse', model, hello)).status).toBe(200);
  });

  it('sends raw (here corrupted) frames as given', async () => {
    const frame = new Uint8Array([0, 0, 0, 16, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
    emulator.enqueue({ rawFrames: [frame] });
    const response = await callEmulator(emulator, 'converse-stream', model, hello);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(frame);
  });
});

describe('scripted reply content', () => {
  it('renders reasoning, redacted reasoning, citations, tool calls, usage and stop reason on Converse', async () => {
    emulator.enqueue({
      reply: {
        content: [
          { type: 'reasoning', text: 'Thinking.', signature: 'sig-1' },
          { type: 'redacted-reasoning', data: 'AAEC' },
          { type: 'text', text: 'Cited.', citations: [{ citedText: 'source', documentIndex: 1, title: 'doc', start: 3, end: 9 }] },
          { type: 'tool-use', id: 'tool-1', name: 'lookup', input: { q: 1 } },
        ],
        stopReason: 'tool_use',
        usage: { inputTokens: 10, outputTokens: 20, cacheReadInputTokens: 5 },
      },
    });
    const body = await (await callEmulator(emulator, 'converse', model, hello)).json();
    expect(body.output.message.content).toEqual([
      { reasoningContent: { reasoningText: { text: 'Thinking.', signature: 'sig-1' } } },
      { reasoningContent: { redactedContent: 'AAEC' } },
      {
        citationsContent: {
          content: [{ text: 'Cited.' }],
          citations: [{ title: 'doc', sourceContent: [{ text: 'source' }], location: { documentChar: { documentIndex: 1, start: 3, end: 9 } } }],
        },
      },
      { toolUse: { toolUseId: 'tool-1', name: 'lookup', input: { q: 1 } } },
    ]);
    expect(body.usage).toEqual({ inputTokens: 10, outputTokens: 20, cacheReadInputTokens: 5, totalTokens: 35 });
    expect(body.stopReason).toBe('tool_use');
  });

  it('streams scripted reasoning as text deltas then its signature', async () => {
    emulator.enqueue({ reply: { content: [{ type: 'reasoning', text: 'a b', signature: 'S' }, { type: 'text', text: 'ok' }] } });
    const events = await readEvents(await callEmulator(emulator, 'converse-stream', model, hello));
    const deltas = events.filter((e) => e.type === 'contentBlockDelta').map((e) => e.payload);
    expect(deltas).toEqual([
      expect.objectContaining({ contentBlockIndex: 0, delta: { reasoningContent: { text: 'a' } } }),
      expect.objectContaining({ contentBlockIndex: 0, delta: { reasoningContent: { text: ' b' } } }),
      expect.objectContaining({ contentBlockIndex: 0, delta: { reasoningContent: { signature: 'S' } } }),
      expect.objectContaining({ contentBlockIndex: 1, delta: { text: 'ok' } }),
    ]);
  });
});
