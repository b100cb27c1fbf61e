import { request as httpRequest, type IncomingMessage } from 'node:http';
import { createGunzip, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from './emulator';
import { emulatorApiKey } from './emulator-credentials';
import { startEmulator } from './start-emulator';
import { callEmulator, eventReader, readEvents } from './test-support/call-emulator';
import { splitFrames } from './render/encode-stream-frames';
import { decodeEventStreamMessage } from '@bedrock-kit/eventstream';

const model = 'anthropic.claude-3-haiku-20240307-v1:0';
const hello = { messages: [{ role: 'user', content: [{ text: 'Hi' }] }] };
const claude = { anthropic_version: 'bedrock-2023-05-31', max_tokens: 100, messages: [{ role: 'user', content: 'Hi' }] };

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

/** A raw node:http call: no automatic decompression, no redirect handling — the bytes as sent. */
function rawCall(path: string, body: unknown): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${emulator.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${emulatorApiKey}`, 'content-type': 'application/json', 'accept-encoding': 'gzip' },
    });
    request.once('response', resolve).once('error', reject);
    request.end(JSON.stringify(body));
  });
}

async function readAll(response: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const conversePath = `/model/${encodeURIComponent(model)}/converse`;

describe('redirects', () => {
  it.each([301, 302, 303, 307, 308] as const)('answers %i with a Location header and nothing else', async (status) => {
    // `.invalid` never resolves (RFC 2606), and `redirect: 'manual'` never follows: nothing leaves the machine.
    emulator.enqueue({ redirect: { status, location: 'https://attacker.invalid/steal' } });
    const manual = await fetch(`${emulator.url}${conversePath}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { authorization: `Bearer ${emulatorApiKey}` },
      body: JSON.stringify(hello),
    });
    expect(manual.status).toBe(status);
    expect(manual.headers.get('location')).toBe('https://attacker.invalid/steal');
    expect(emulator.requests[0]!.status).toBe(status);
  });

  it('defaults to 307', async () => {
    emulator.enqueue({ redirect: { location: 'http://127.0.0.1:9/elsewhere' } });
    const response = await rawCall(conversePath, hello);
    expect(response.statusCode).toBe(307);
    expect(response.headers.location).toBe('http://127.0.0.1:9/elsewhere');
    await readAll(response);
  });
});

describe('compressed and oversized bodies', () => {
  it('gzip: the answer compressed with Content-Encoding: gzip', async () => {
    emulator.enqueue({ gzip: true });
    const response = await rawCall(conversePath, hello);
    expect(response.headers['content-encoding']).toBe('gzip');
    const body = JSON.parse(gunzipSync(await readAll(response)).toString('utf8'));
    expect(body.output.message.content[0].text).toBe('Hello from the bedrock-kit emulator. You said: Hi');
  });

  it('gzip on a stream: every frame decodes after inflation', async () => {
    emulator.enqueue({ gzip: true });
    const response = await rawCall(`/model/${encodeURIComponent(model)}/converse-stream`, hello);
    expect(response.headers['content-encoding']).toBe('gzip');
    const frames = splitFrames(new Uint8Array(gunzipSync(await readAll(response))));
    expect(frames.length).toBeGreaterThan(4);
    expect(frames.map((frame) => decodeEventStreamMessage(frame).headers[':event-type']?.value).at(-1)).toBe('metadata');
  });

  it('gzipBomb: a few hundred KB that inflate to the size asked', async () => {
    emulator.enqueue({ gzipBomb: { inflatedBytes: 64 * 1024 * 1024 } });
    const response = await rawCall(conversePath, hello);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    const compressed = await readAll(response);
    expect(compressed.length).toBeLessThan(100 * 1024);
    let inflated = 0;
    const gunzip = createGunzip();
    gunzip.on('data', (chunk: Buffer) => (inflated += chunk.length));
    await new Promise<void>((resolve, reject) => gunzip.once('end', resolve).once('error', reject).end(compressed));
    expect(inflated).toBe(64 * 1024 * 1024);
  });

  it('largeError: an error body of N bytes, a valid JSON message, streamed', async () => {
    emulator.enqueue({ largeError: { bytes: 3 * 1024 * 1024, type: 'ServiceUnavailableException' } });
    const response = await callEmulator(emulator, 'converse', model, hello);
    expect(response.status).toBe(503);
    expect(response.headers.get('x-amzn-errortype')).toBe('ServiceUnavailableException');
    expect(response.headers.get('content-length')).toBe(String(3 * 1024 * 1024));
    const text = await response.text();
    expect(text.length).toBe(3 * 1024 * 1024);
    expect(JSON.parse(text).message).toMatch(/^x+$/);
  });

  it('largeError: the closing JSON may straddle two pieces', async () => {
    emulator.enqueue({ largeError: { bytes: 2 * 65536 + 1 } });
    const text = await (await callEmulator(emulator, 'converse', model, hello)).text();
    expect(text.length).toBe(2 * 65536 + 1);
    expect(JSON.parse(text).message).toHaveLength(2 * 65536 + 1 - '{"message":""}'.length);
  });

  it('a client that stops reading a huge error body frees the emulator', async () => {
    emulator.enqueue({ largeError: { bytes: 512 * 1024 * 1024 } });
    const controller = new AbortController();
    const response = await callEmulator(emulator, 'converse', model, hello, { signal: controller.signal });
    expect(response.status).toBe(500);
    const reader = response.body!.getReader();
    await reader.read();
    controller.abort();
    expect((await callEmulator(emulator, 'converse', model, hello)).status).toBe(200);
  });

  it('truncateBody: a 200 whose body ends cleanly but is not valid JSON', async () => {
    emulator.enqueue({ truncateBody: 20 });
    const response = await callEmulator(emulator, 'converse', model, hello);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toHaveLength(20);
    expect(() => JSON.parse(text)).toThrow();
  });
});

describe('streams cut, flooded and stalled', () => {
  it("endAfterEvents 'before-stop': ConverseStream ends cleanly without messageStop and metadata", async () => {
    emulator.enqueue({ endAfterEvents: 'before-stop' });
    const events = await readEvents(await callEmulator(emulator, 'converse-stream', model, hello));
    expect(events.map((e) => e.type)).toEqual(['messageStart', 'contentBlockDelta', 'contentBlockDelta', 'contentBlockDelta', 'contentBlockDelta', 'contentBlockDelta', 'contentBlockDelta', 'contentBlockDelta', 'contentBlockDelta', 'contentBlockStop']);
  });

  it("endAfterEvents 'before-stop' on a native stream drops the final chunk (stop reason, metrics)", async () => {
    emulator.enqueue({ endAfterEvents: 'before-stop' });
    const chunks = (await readEvents(await callEmulator(emulator, 'invoke-with-response-stream', model, claude))).map((e) => e.payload.bytes.type);
    expect(chunks.at(-1)).toBe('message_delta');
    expect(chunks).not.toContain('message_stop');
    emulator.enqueue({ endAfterEvents: 2 });
    expect(await readEvents(await callEmulator(emulator, 'invoke-with-response-stream', model, claude))).toHaveLength(2);
  });

  it('tinyFrames: a bounded flood of empty deltas, then the rest of the stream', async () => {
    const plain = await readEvents(await callEmulator(emulator, 'converse-stream', model, hello));
    emulator.enqueue({ tinyFrames: { count: 5000, afterEvents: 1 } });
    const events = await readEvents(await callEmulator(emulator, 'converse-stream', model, hello));
    expect(events).toHaveLength(5000 + plain.length);
    expect(events.slice(1, 5001).every((e) => e.type === 'contentBlockDelta' && e.payload.delta.text === '')).toBe(true);
    expect(events.at(-1)!.type).toBe('metadata');
  });

  it('tinyFrames on a native stream are ping chunks', async () => {
    emulator.enqueue({ tinyFrames: { count: 3 } });
    const chunks = (await readEvents(await callEmulator(emulator, 'invoke-with-response-stream', model, claude))).map((e) => e.payload.bytes.type);
    expect(chunks.slice(0, 5)).toEqual(['message_start', 'ping', 'ping', 'ping', 'content_block_start']);
  });

  it('a client that cancels mid-flood frees the emulator', async () => {
    emulator.enqueue({ tinyFrames: { count: 10_000_000 } });
    const reader = eventReader(await callEmulator(emulator, 'converse-stream', model, hello));
    for (let i = 0; i < 100; i++) await reader.next();
    await reader.cancel();
    expect((await callEmulator(emulator, 'converse', model, hello)).status).toBe(200);
  });

  it('holdAfterHeaders: status and headers arrive, the body waits for the gate', async () => {
    const gate = emulator.gate();
    emulator.enqueue({ holdAfterHeaders: gate });
    const response = await callEmulator(emulator, 'converse', model, hello);
    expect(response.status).toBe(200);
    await gate.reached;
    let read = false;
    const body = response.json().then((b) => ((read = true), b));
    await Promise.resolve();
    expect(read).toBe(false);
    gate.release();
    expect((await body).stopReason).toBe('end_turn');
  });
});

describe('server clock', () => {
  it('dateOffsetMs: the Date header far from the emulator clock, the signature check unchanged', async () => {
    const tenYears = 10 * 365 * 24 * 3600 * 1000;
    emulator.enqueue({ dateOffsetMs: tenYears });
    const before = emulator.clock.now();
    const response = await callEmulator(emulator, 'converse', model, hello, { auth: { sigv4: { accessKeyId: 'AKIDEMULATOR', secretAccessKey: 'emulator/Secret+Key/0123456789abcdefEXAMPLE' }, date: before } });
    const after = emulator.clock.now();
    expect(response.status).toBe(200);
    const date = Date.parse(response.headers.get('date')!);
    // The header (whole seconds) is the emulator clock when it answered, plus the offset: between the two
    // readings taken around the call, however long the call took.
    expect(date).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + tenYears);
    expect(date).toBeLessThanOrEqual(after + tenYears);
    await response.arrayBuffer();
  });
});

describe('long generations (generationMs)', () => {
  const signed = () => ({ auth: { sigv4: { accessKeyId: 'AKIDEMULATOR', secretAccessKey: 'emulator/Secret+Key/0123456789abcdefEXAMPLE' }, date: emulator.clock.now() } });

  it('a non-streaming SigV4 call whose answer takes 6 emulated minutes fails "Signature expired"', async () => {
    emulator.enqueue({ generationMs: 6 * 60_000 });
    const response = await callEmulator(emulator, 'converse', model, hello, signed());
    expect(response.status).toBe(403);
    expect((await response.json()).message).toMatch(/^Signature expired: /);
  });

  it('the same generation streamed succeeds: the clock moves after the first frame', async () => {
    const before = emulator.clock.now();
    emulator.enqueue({ generationMs: 6 * 60_000 });
    const events = await readEvents(await callEmulator(emulator, 'converse-stream', model, hello, signed()));
    expect(events.at(-1)!.type).toBe('metadata');
    expect(emulator.clock.now() - before).toBeGreaterThanOrEqual(6 * 60_000);
    expect(emulator.requests[0]!.status).toBe(200);
  });
});

describe('oversized frames', () => {
  it('a prelude declaring 17 MiB (valid prelude CRC) after the first frame, then its bytes', async () => {
    emulator.enqueue({ oversizedFrame: { declaredBytes: 17 * 1024 * 1024 } });
    const response = await rawCall(`/model/${encodeURIComponent(model)}/converse-stream`, hello);
    const bytes = await readAll(response);
    const first = splitFrames(new Uint8Array(bytes))[0]!;
    expect(decodeEventStreamMessage(first).headers[':event-type']?.value).toBe('messageStart');
    const prelude = bytes.subarray(first.length, first.length + 12);
    expect(prelude.readUInt32BE(0)).toBe(17 * 1024 * 1024);
    const { crc32 } = await import('node:zlib');
    expect(prelude.readUInt32BE(8)).toBe(crc32(prelude.subarray(0, 8)));
    expect(bytes.length).toBe(first.length + 17 * 1024 * 1024);
  });

  it('a client that stops reading frees the emulator', async () => {
    emulator.enqueue({ oversizedFrame: { declaredBytes: 1024 * 1024 * 1024, afterEvents: 0 } });
    const reader = (await callEmulator(emulator, 'converse-stream', model, hello)).body!.getReader();
    const { value } = await reader.read();
    expect(new DataView(value!.buffer, value!.byteOffset).getUint32(0)).toBe(1024 * 1024 * 1024);
    await reader.cancel();
    expect((await callEmulator(emulator, 'converse', model, hello)).status).toBe(200);
  });
});
