import { once, type EventEmitter } from 'node:events';
import { Agent, createServer } from 'node:http';
import type { Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { AbortError, ServiceError, StreamError } from '@bedrock-kit/core';
import { emulatorApiKey, emulatorCredentials } from '@bedrock-kit/emulator';
import { describe, expect, it } from 'vitest';
import { createBedrock } from './create-bedrock';
import { useEmulator } from './on-the-wire/emulator.test-support';
import { createNodeHttpAgent, idleSocketMs } from './node-http-agent';
import { createNodeHttpFetch, nodeHttpFetch } from './node-http-fetch';

const model = 'amazon.nova-lite-v1:0';
const context = useEmulator();
const converseUrl = (route = 'converse') => `${context.emulator.url}/model/${encodeURIComponent(model)}/${route}`;
const bearer = { authorization: `Bearer ${emulatorApiKey}`, 'content-type': 'application/json' };
const converseBody = JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'Hi' }] }] });

/** A keep-alive agent that keeps every socket it opens, so a test can look at them. */
function createSocketAgent(agent = new Agent({ keepAlive: true })): { agent: Agent; sockets: Socket[] } {
  const sockets: Socket[] = [];
  const withConnection = agent as unknown as { createConnection: (...args: unknown[]) => Socket };
  const create = withConnection.createConnection.bind(agent);
  withConnection.createConnection = (...args) => {
    const socket = create(...args);
    sockets.push(socket);
    return socket;
  };
  return { agent, sockets };
}

/**
 * Resolves once `condition` holds, checking it now and after each `event` of `emitter`: the test waits on
 * the event that changes the state, never on a polling deadline a loaded machine could miss.
 */
async function until(emitter: EventEmitter, event: string, condition: () => boolean): Promise<void> {
  while (!condition()) await once(emitter, event);
}

function setUp() {
  const { agent, sockets } = createSocketAgent();
  const fetch = createNodeHttpFetch({ httpAgent: agent });
  const bedrock = createBedrock({ endpoint: context.emulator.url, region: context.emulator.region, ...emulatorCredentials, fetch, maxRetries: 0 });
  return { agent, sockets, fetch, bedrock };
}

describe('nodeHttpFetch through createBedrock (SigV4, emulator on 127.0.0.1)', () => {
  it('generateText: the signed request arrives intact and the answer is read', async () => {
    context.emulator.enqueue({ reply: { text: 'Paris.' } });
    const { bedrock, agent } = setUp();
    const result = await bedrock.generateText({ model, prompt: 'Capital of France?' });
    expect(result).toMatchObject({ text: 'Paris.', finishReason: 'stop', api: 'converse', requestId: context.emulator.requests[0]!.requestId });
    expect(context.emulator.requests[0]).toMatchObject({ status: 200, auth: { scheme: 'sigv4' } });
    // No compression asked for (the AWS SDK asks for none either).
    expect(context.emulator.requests[0]!.headers['accept-encoding']).toBeUndefined();
    agent.destroy();
  });

  it('streamText: each event arrives while the emulator still holds the rest of the stream', async () => {
    const gate = context.emulator.gate();
    context.emulator.enqueue({ reply: { text: 'one two three' }, holdAfterEvents: { afterEvents: 3, gate } });
    const { bedrock, agent } = setUp();
    const iterator = bedrock.streamText({ model, prompt: 'Count' })[Symbol.asyncIterator]();
    let next = await iterator.next();
    while (!next.done && next.value.type !== 'text-delta') next = await iterator.next();
    const texts = [next.done ? '' : (next.value as { text: string }).text];
    // A buffering transport would never get here: the emulator has not ended the body.
    expect(next.value).toMatchObject({ type: 'text-delta' });
    expect(gate.released).toBe(false);
    gate.release();
    for (next = await iterator.next(); !next.done; next = await iterator.next()) if (next.value.type === 'text-delta') texts.push(next.value.text);
    expect(texts.join('')).toBe('one two three');
    expect(texts.length).toBeGreaterThan(1);
    expect(context.emulator.requests[0]).toMatchObject({ status: 200, route: 'converse-stream' });
    agent.destroy();
  });

  it('reuses one keep-alive socket for calls read to the end', async () => {
    context.emulator.enqueue({ reply: { text: 'a' } }, { reply: { text: 'b' } }, { reply: { text: 'c' } });
    const { bedrock, agent, sockets } = setUp();
    expect((await bedrock.generateText({ model, prompt: '1' })).text).toBe('a');
    expect(await bedrock.streamText({ model, prompt: '2' }).text).toBe('b');
    expect((await bedrock.generateText({ model, prompt: '3' })).text).toBe('c');
    expect(sockets).toHaveLength(1);
    agent.destroy();
  });

  it('an abort mid-stream rejects with AbortError and destroys the socket (not returned to the pool)', async () => {
    const gate = context.emulator.gate();
    context.emulator.enqueue({ holdAfterEvents: { afterEvents: 2, gate } });
    const { bedrock, agent, sockets } = setUp();
    const controller = new AbortController();
    const iterator = bedrock.streamText({ model, prompt: 'Hi', abortSignal: controller.signal })[Symbol.asyncIterator]();
    let next = await iterator.next();
    while (!next.done && next.value.type !== 'text-delta') next = await iterator.next();
    expect(sockets).toHaveLength(1);
    controller.abort(new Error('user left'));
    await expect(iterator.next()).rejects.toBeInstanceOf(AbortError);
    expect(sockets[0]!.destroyed).toBe(true);
    // The agent forgets a socket on its 'close' event, a tick later (its own listener runs before the test's).
    await until(sockets[0]!, 'close', () => Object.values(agent.sockets).flat().length === 0);
    expect(Object.values(agent.sockets).flat()).toEqual([]);
    expect(Object.values(agent.freeSockets).flat()).toEqual([]);
    gate.release();
    agent.destroy();
  });

  it('stopping a stream early destroys its socket', async () => {
    const gate = context.emulator.gate();
    context.emulator.enqueue({ holdAfterEvents: { afterEvents: 2, gate } });
    const { bedrock, agent, sockets } = setUp();
    for await (const event of bedrock.streamText({ model, prompt: 'Hi' })) if (event.type === 'text-delta') break;
    await until(sockets[0]!, 'close', () => sockets[0]!.destroyed);
    expect(sockets[0]!.destroyed).toBe(true);
    expect(Object.values(agent.freeSockets).flat()).toEqual([]);
    gate.release();
    agent.destroy();
  });

  it.each(['close', 'rst'] as const)('a connection cut mid-stream (%s) is a StreamError carrying the text so far', async (resetMode) => {
    // messageStart, contentBlockStart, then the delta of 'alpha ' and of 'beta ': cut after them.
    context.emulator.enqueue({ reply: { text: 'alpha beta gamma' }, resetAfterEvents: 4, resetMode });
    const { bedrock, agent } = setUp();
    const texts: string[] = [];
    const error = await (async () => {
      for await (const event of bedrock.streamText({ model, prompt: 'Hi' })) if (event.type === 'text-delta') texts.push(event.text);
    })().catch((caught: unknown) => caught);
    expect(StreamError.isInstance(error)).toBe(true);
    expect((error as StreamError).partial).toMatchObject({ text: texts.join(''), finishReason: 'error' });
    expect(texts.join('')).not.toBe('');
    expect(context.emulator.requests).toHaveLength(1);
    agent.destroy();
  });

  it('a 3xx reaches the facade as the response (a ServiceError with its status), and nothing is resent', async () => {
    context.emulator.enqueue({ raw: { status: 307, headers: { location: `${context.emulator.url}/elsewhere` }, body: '' } });
    const { bedrock, agent } = setUp();
    const error = await bedrock.generateText({ model, prompt: 'Hi' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ status: 307 });
    expect(context.emulator.requests.map((request) => request.path)).toEqual([`/model/${encodeURIComponent(model)}/converse`]);
    agent.destroy();
  });
});

describe('nodeHttpFetch as a fetch', () => {
  it('never follows a redirect: the 3xx and its Location are returned; redirect "error" rejects', async () => {
    const location = `${context.emulator.url}/elsewhere`;
    const moved = { raw: { status: 302, headers: { location }, body: 'moved' } };
    context.emulator.enqueue(moved, moved, { raw: { status: 308, headers: { location } } });
    for (const redirect of ['follow', 'manual'] as const) {
      const response = await nodeHttpFetch(converseUrl(), { method: 'POST', headers: bearer, body: converseBody, redirect });
      expect(response.status).toBe(302);
      expect(response.ok).toBe(false);
      expect(response.headers.get('location')).toBe(location);
      expect(await response.text()).toBe('moved');
    }
    await expect(nodeHttpFetch(converseUrl(), { method: 'POST', headers: bearer, body: converseBody, redirect: 'error' })).rejects.toThrow(TypeError);
    expect(context.emulator.requests.map((request) => request.path.endsWith('/converse'))).toEqual([true, true, true]);
  });

  it('backpressure: an unread body pauses the socket; reading resumes it to the last byte, then the socket is reused', async () => {
    const size = 16 * 1024 * 1024; // well past the loopback socket buffers
    const body = new Uint8Array(size).map((_, index) => index % 251);
    context.emulator.enqueue({ raw: { status: 200, headers: { 'content-type': 'application/octet-stream' }, body } }, { reply: { text: 'again' } });
    const { agent, sockets } = createSocketAgent();
    const fetch = createNodeHttpFetch({ httpAgent: agent });
    const response = await fetch(converseUrl(), { method: 'POST', headers: bearer, body: converseBody });
    const reader = response.body!.getReader();
    const first = await reader.read();
    let received = first.value!.byteLength;
    // The reader stops: the transport pauses the response, Node's HTTP parser then stops reading the socket.
    await until(sockets[0]!, 'pause', () => sockets[0]!.isPaused());
    expect(sockets[0]!.readableFlowing).toBe(false);
    expect(sockets[0]!.bytesRead).toBeLessThan(size / 2);
    let last = 0;
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      received += next.value.byteLength;
      last = next.value[next.value.byteLength - 1]!;
    }
    expect(received).toBe(size);
    expect(last).toBe((size - 1) % 251);
    const again = await fetch(converseUrl(), { method: 'POST', headers: bearer, body: converseBody });
    expect(((await again.json()) as { output: { message: { content: { text: string }[] } } }).output.message.content[0]!.text).toBe('again');
    expect(sockets).toHaveLength(1);
    agent.destroy();
  });

  it('decodes a gzip body as it is read, chunk by chunk', async () => {
    const text = 'compressible '.repeat(50_000);
    context.emulator.enqueue({ raw: { status: 200, headers: { 'content-encoding': 'gzip' }, body: gzipSync(text) } });
    const response = await nodeHttpFetch(converseUrl(), { method: 'POST', headers: { ...bearer, 'accept-encoding': 'gzip' }, body: converseBody });
    expect(context.emulator.requests[0]!.headers['accept-encoding']).toBe('gzip');
    const reader = response.body!.getReader();
    const chunks: number[] = [];
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value.byteLength);
    expect(chunks.reduce((sum, length) => sum + length, 0)).toBe(text.length);
    // Inflated piecewise (zlib's 16 KiB output chunks), never as one 650 KB buffer.
    expect(Math.max(...chunks)).toBeLessThanOrEqual(64 * 1024);
  });

  it('a connection cut mid-body errors the body with a TypeError', async () => {
    context.emulator.enqueue({ resetAfterEvents: 2 });
    const response = await nodeHttpFetch(converseUrl('converse-stream'), { method: 'POST', headers: bearer, body: converseBody });
    expect(response.status).toBe(200);
    await expect(response.arrayBuffer()).rejects.toThrow(TypeError);
  });

  it('an abort while waiting for the headers rejects with the reason and closes the socket', async () => {
    const gate = context.emulator.gate();
    context.emulator.enqueue({ holdBeforeFirstByte: gate });
    const { agent, sockets } = createSocketAgent();
    const controller = new AbortController();
    const pending = createNodeHttpFetch({ httpAgent: agent })(converseUrl(), { method: 'POST', headers: bearer, body: converseBody, signal: controller.signal });
    await gate.reached;
    const reason = new Error('stop');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(sockets[0]!.destroyed).toBe(true);
    gate.release();
    agent.destroy();
  });

  it('an already aborted signal sends nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(nodeHttpFetch(converseUrl(), { method: 'POST', headers: bearer, body: converseBody, signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('a header with CR/LF is a TypeError before the network', async () => {
    await expect(nodeHttpFetch(converseUrl(), { method: 'POST', headers: { ...bearer, 'x-bad': 'a\r\nb: c' }, body: converseBody })).rejects.toThrow(TypeError);
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('a refused connection rejects with TypeError("fetch failed") and the cause', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    const error = await nodeHttpFetch(`http://127.0.0.1:${port}/`).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
  });

  it('a 204 has a null body; a body may be read once', async () => {
    context.emulator.enqueue({ raw: { status: 204 } }, { raw: { status: 200, body: '{"a":1}' } });
    const empty = await nodeHttpFetch(converseUrl(), { method: 'POST', headers: bearer, body: converseBody });
    expect(empty.body).toBeNull();
    expect(await empty.text()).toBe('');
    const response = await nodeHttpFetch(converseUrl(), { method: 'POST', headers: bearer, body: new TextEncoder().encode(converseBody) });
    expect(await response.json()).toEqual({ a: 1 });
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
  });
});

describe('createNodeHttpAgent (the default agents)', () => {
  it('an idle pooled socket gets the idle timeout (undici: 4 s); a socket in use has none', async () => {
    const gate = context.emulator.gate();
    context.emulator.enqueue({ reply: { text: 'a' } }, { holdBeforeFirstByte: gate });
    const { agent, sockets } = createSocketAgent(createNodeHttpAgent('http:'));
    const fetch = createNodeHttpFetch({ httpAgent: agent });
    await (await fetch(converseUrl(), { method: 'POST', headers: bearer, body: converseBody })).text();
    // The agent's 'free' handling runs right after the body ends.
    await until(agent, 'free', () => Object.values(agent.freeSockets).flat().length > 0);
    expect(Object.values(agent.freeSockets).flat()).toEqual(sockets);
    expect(sockets[0]!.timeout).toBe(idleSocketMs);
    const pending = fetch(converseUrl(), { method: 'POST', headers: bearer, body: converseBody });
    await gate.reached;
    expect(sockets).toHaveLength(1);
    expect(sockets[0]!.timeout).toBe(0);
    gate.release();
    await (await pending).text();
    agent.destroy();
  });
});
