import { readCassette } from '@bedrock-kit/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from './emulator';
import { emulatorApiKey } from './emulator-credentials';
import { startEmulator } from './start-emulator';
import { callEmulator, eventReader, readEvents } from './test-support/call-emulator';

const model = 'anthropic.claude-3-haiku-20240307-v1:0';
const hello = { messages: [{ role: 'user', content: [{ text: 'Hi' }] }] };

let emulator: Emulator;
afterEach(() => emulator?.close());

describe('routes and CORS', () => {
  it('answers an unknown route 404 UnknownOperationException', async () => {
    emulator = await startEmulator();
    const response = await fetch(`${emulator.url}/model/x/embed`, { method: 'POST', headers: { authorization: `Bearer ${emulatorApiKey}` } });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
    expect((await fetch(`${emulator.url}/`)).status).toBe(404);
  });

  it('accepts a model ARN (URL-encoded once) and records it decoded', async () => {
    emulator = await startEmulator();
    const arn = 'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-haiku-20240307-v1:0';
    const response = await callEmulator(emulator, 'converse', arn, hello);
    expect(response.status).toBe(200);
    expect(emulator.requests[0]!.modelId).toBe(arn);
  });

  it('answers preflights and exposes the service headers on every response', async () => {
    emulator = await startEmulator();
    const preflight = await fetch(`${emulator.url}/model/${model}/converse`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, x-amz-date, x-amz-security-token, content-type',
        'access-control-request-private-network': 'true',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-amz-security-token');
    expect(preflight.headers.get('access-control-allow-private-network')).toBe('true');
    expect(emulator.requests).toHaveLength(0);

    const response = await callEmulator(emulator, 'converse', model, hello, { headers: { origin: 'http://localhost:5173' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const exposed = response.headers.get('access-control-expose-headers')!;
    for (const name of ['x-amzn-requestid', 'x-amzn-errortype', 'date']) expect(exposed).toContain(name);
    const denied = await callEmulator(emulator, 'converse', model, hello, { auth: 'none' });
    expect(denied.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('recorded exchanges', () => {
  it('replays a recorded event stream byte for byte, with its headers', async () => {
    emulator = await startEmulator();
    const [exchange] = readCassette('openllmetry', 'test_anthropic_3_completion_streaming');
    emulator.enqueue({ recorded: exchange! });
    const response = await callEmulator(emulator, 'invoke-with-response-stream', model, { anything: true });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-amzn-requestid')).toBe('b91ca07a-c9fb-4608-94b2-bdfed9d03ab3');
    expect(response.headers.get('date')).toBe('Tue, 11 Jun 2024 00:34:43 GMT');
    expect(response.headers.get('x-amzn-bedrock-content-type')).toBe('application/json');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(exchange!.response.body);
  });

  it('replays a recorded stream frame by frame, so faults still apply', async () => {
    emulator = await startEmulator();
    const [exchange] = readCassette('openllmetry', 'test_anthropic_converse_stream_with_tool_use');
    emulator.enqueue({ recorded: exchange!, exceptionAfterEvents: { afterEvents: 4, type: 'throttlingException' } });
    const events = await readEvents(await callEmulator(emulator, 'converse-stream', model, hello));
    expect(events.map((e) => e.type)).toEqual(['messageStart', 'contentBlockDelta', 'contentBlockDelta', 'contentBlockDelta', 'throttlingException']);
    expect(events[1]!.payload.delta.text).toBe('Okay');
  });

  it('replays a recorded JSON error (parsed body) with the emulator request id', async () => {
    emulator = await startEmulator();
    const [exchange] = readCassette('pydantic-ai', 'test_bedrock_error');
    emulator.enqueue({ recorded: exchange! });
    const response = await callEmulator(emulator, 'converse', model, hello);
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-requestid')).toBe('00000000-0000-4000-8000-000000000001');
    expect(await response.json()).toEqual({ message: 'The provided model identifier is invalid.' });
  });

  it('replays exact recorded JSON bytes', async () => {
    emulator = await startEmulator();
    const [exchange] = readCassette('openllmetry', 'test_anthropic_3_completion_string_content');
    emulator.enqueue({ recorded: exchange! });
    const response = await callEmulator(emulator, 'invoke', model, {});
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(exchange!.response.body);
    expect(response.headers.get('x-amzn-bedrock-input-token-count')).toBe('16');
  });
});

describe('lifecycle', () => {
  it('close() resolves promptly with a stalled stream open, and the client sees the connection end', async () => {
    emulator = await startEmulator();
    const gate = emulator.gate();
    emulator.enqueue({ holdAfterEvents: { afterEvents: 1, gate } });
    const reader = eventReader(await callEmulator(emulator, 'converse-stream', model, hello));
    expect((await reader.next())!.type).toBe('messageStart');
    await gate.reached;
    await emulator.close();
    await expect(reader.next()).rejects.toThrow();
  });

  it('close() with a request held before the first byte', async () => {
    emulator = await startEmulator();
    emulator.enqueue({ holdBeforeFirstByte: emulator.gate() });
    const pending = callEmulator(emulator, 'converse', model, hello);
    await emulator.waitForRequest(1);
    await emulator.close();
    await expect(pending).rejects.toThrow();
  });

  it('reset() clears requests, scripts and restarts request ids; onRequest sees arrivals', async () => {
    emulator = await startEmulator();
    const seen: number[] = [];
    const unsubscribe = emulator.onRequest((request) => seen.push(request.number));
    emulator.enqueue({ error: { type: 'ThrottlingException' } });
    await callEmulator(emulator, 'converse', model, hello);
    emulator.reset();
    expect(emulator.requests).toHaveLength(0);
    expect(emulator.pendingScripts).toBe(0);
    const response = await callEmulator(emulator, 'converse', model, hello);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-amzn-requestid')).toBe('00000000-0000-4000-8000-000000000001');
    unsubscribe();
    await callEmulator(emulator, 'converse', model, hello);
    expect(seen).toEqual([1, 1]);
  });

  it('listens on the given port', async () => {
    const probe = await startEmulator();
    const { port } = probe;
    await probe.close();
    emulator = await startEmulator({ port });
    expect(emulator.url).toBe(`http://127.0.0.1:${port}`);
  });
});
