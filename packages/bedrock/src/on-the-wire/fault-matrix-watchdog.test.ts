import { StreamError, TimeoutError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { drain, expectSignedAtSendTime, failure, textOf, useFaultEmulator, useSocketWatch } from './fault-matrix.test-support';
import { useManualTimers } from './manual-timers.test-support';

/**
 * The watchdog rows of the fault matrix: stalls before the first byte and
 * mid-stream. The emulator holds the answer at a gate that is released only
 * after the assertions, so the timeout alone decides the outcome. The
 * watchdog runs on a manual clock: a timeout fires only when the test moves
 * it, once the emulator holds the exchange (or the client has read what it
 * must have read), so no verdict depends on how fast the machine is. The
 * client talks through a TCP proxy that tells who closed the connection:
 * the client closing it proves the aborted request released its socket.
 */

const model = 'amazon.nova-lite-v1:0';
const setup = useFaultEmulator();
const emulator = () => setup.context.emulator;
const proxy = useSocketWatch(() => emulator().url);
const timers = useManualTimers();
const reply = { text: 'alpha beta gamma delta' };
const streamTimeouts = { firstByteMs: 200, idleMs: 200 };
const client = (timeout: { firstByteMs?: number; idleMs?: number; totalMs?: number }, fetch?: typeof globalThis.fetch) =>
  setup.client({ endpoint: proxy.watch.url, timeout, ...(fetch ? { fetch } : {}) });

describe('fault matrix: stall before the first byte', () => {
  it('streamText: TimeoutError (firstByte) without partial, one attempt, socket released by the client', async () => {
    const gate = emulator().gate();
    emulator().enqueue({ reply, holdBeforeFirstByte: gate });
    const drained = drain(client(streamTimeouts).streamText({ model, prompt: 'x' }));
    await gate.reached; // the request is at the emulator, held before its first byte
    timers.advance(streamTimeouts.firstByteMs);
    const { error, events } = await drained;
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ timeout: 'firstByte', retryable: false });
    expect(error!.message).toMatch(/firstByteMs/);
    expect((error as TimeoutError).partial).toBeUndefined();
    expect(events).toEqual([]);
    expect(await proxy.watch.connections[0]!.closed).toBe('client');
    expectSignedAtSendTime(emulator(), 1);
    expect(gate.released).toBe(false);
    gate.release();
  });

  it('streamText: headers arrived but no frame yet still counts as no first byte of the stream', async () => {
    const gate = emulator().gate();
    emulator().enqueue({ reply, holdAfterEvents: { afterEvents: 0, gate } });
    let headersArrived!: () => void;
    const arrived = new Promise<void>((resolve) => (headersArrived = resolve));
    const fetch: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init).finally(headersArrived);
    const drained = drain(client(streamTimeouts, fetch).streamText({ model, prompt: 'x' }));
    await gate.reached;
    await arrived; // the client has the status and headers, and no frame
    timers.advance(streamTimeouts.firstByteMs);
    const { error } = await drained;
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ timeout: 'firstByte' });
    expect(await proxy.watch.connections[0]!.closed).toBe('client');
    gate.release();
  });

  it('generateText gets no first-byte or idle timeout: it waits for the held answer (a stream on the same client times out meanwhile)', async () => {
    const held = emulator().gate();
    const streamHeld = emulator().gate();
    emulator().enqueue({ match: { route: 'converse' }, reply, holdBeforeFirstByte: held });
    emulator().enqueue({ match: { route: 'converse-stream' }, reply, holdBeforeFirstByte: streamHeld });
    const bedrock = client(streamTimeouts);
    let settled = false;
    const answer = bedrock.generateText({ model, prompt: 'x' }).finally(() => (settled = true));
    await held.reached;
    const drained = drain(bedrock.streamText({ model, prompt: 'y' }));
    await streamHeld.reached;
    // Both are held; a minute passes: far past the stream's first-byte limit and the 60 s defaults.
    timers.advance(60_000);
    const { error } = await drained;
    expect(TimeoutError.isInstance(error)).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    held.release();
    expect((await answer).text).toBe(reply.text);
    streamHeld.release();
  });

  it('generateText with totalMs: TimeoutError (total), one attempt, socket released by the client', async () => {
    const gate = emulator().gate();
    emulator().enqueue({ reply, holdBeforeFirstByte: gate });
    const pending = failure(client({ totalMs: 300 }).generateText({ model, prompt: 'x' }));
    await gate.reached;
    timers.advance(300);
    const error = await pending;
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ timeout: 'total', retryable: false });
    expect(error!.message).toMatch(/totalMs/);
    expect(await proxy.watch.connections[0]!.closed).toBe('client');
    expectSignedAtSendTime(emulator(), 1);
    gate.release();
  });

  it('retry-after is honoured, and totalMs bounds the retries: no attempt starts once the wait would overrun it', async () => {
    // Backoff jitter is 0 here, so only the honoured retry-after (10 s, past the 300 ms deadline) stops the retry.
    // The manual clock never moves: the deadline's timer cannot fire before the 429 arrives, however slow the machine.
    emulator().enqueue({ error: { type: 'ThrottlingException', retryAfter: 10 }, times: 3 });
    const error = await failure(client({ totalMs: 300 }).generateText({ model, prompt: 'x' }));
    expect(error).toMatchObject({ name: 'ThrottlingError', status: 429 });
    expect(emulator().requests).toHaveLength(1);
  });
});

describe('fault matrix: stall mid-stream', () => {
  it('streamText: TimeoutError (idle) with partial holding the text so far, one attempt, socket released', async () => {
    const gate = emulator().gate();
    emulator().enqueue({ reply, holdAfterEvents: { afterEvents: 3, gate } });
    // The stall starts once the client has read every frame sent before the hold.
    const { error, events } = await drain(client(streamTimeouts).streamText({ model, prompt: 'x' }), (_, so) => {
      if (textOf(so) === 'alpha beta') timers.advance(streamTimeouts.idleMs);
    });
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect(StreamError.isInstance(error)).toBe(false);
    expect(error).toMatchObject({ timeout: 'idle', retryable: false });
    expect(error!.message).toMatch(/idleMs/);
    expect(textOf(events)).toBe('alpha beta');
    expect((error as TimeoutError).partial).toMatchObject({ text: 'alpha beta', finishReason: 'error', api: 'converse' });
    expect(await proxy.watch.connections[0]!.closed).toBe('client');
    expectSignedAtSendTime(emulator(), 1);
    gate.release();
  });

  it('streamText: a stall before any token is a TimeoutError without partial (messageStart is not output)', async () => {
    const gate = emulator().gate();
    emulator().enqueue({ reply, holdAfterEvents: { afterEvents: 1, gate } });
    // messageStart yields no event: the idle timer being armed is the sign the client read that frame.
    const drained = drain(client({ firstByteMs: 60_000, idleMs: streamTimeouts.idleMs }).streamText({ model, prompt: 'x' }));
    await timers.armed(streamTimeouts.idleMs);
    timers.advance(streamTimeouts.idleMs);
    const { error, events } = await drained;
    expect(error).toMatchObject({ name: 'TimeoutError', timeout: 'idle' });
    expect((error as TimeoutError).partial).toBeUndefined();
    expect(events).toEqual([]);
    expect(emulator().requests).toHaveLength(1);
    gate.release();
  });

  it('streamText with totalMs: TimeoutError (total) with partial once output flowed', async () => {
    const gate = emulator().gate();
    emulator().enqueue({ reply, holdAfterEvents: { afterEvents: 2, gate } });
    const { error } = await drain(client({ totalMs: 300, firstByteMs: 60_000, idleMs: 60_000 }).streamText({ model, prompt: 'x' }), (_, so) => {
      if (textOf(so) === 'alpha') timers.advance(300);
    });
    expect(error).toMatchObject({ name: 'TimeoutError', timeout: 'total' });
    expect((error as TimeoutError).partial).toMatchObject({ text: 'alpha' });
    expect(await proxy.watch.connections[0]!.closed).toBe('client');
    gate.release();
  });

  it('frames that keep coming within idleMs never trip it: the answer arrives whole', async () => {
    // Each text delta is one frame; 1 ms short of idleMs passes after each, far more than idleMs in all.
    const { error, result } = await drain(client(streamTimeouts).streamText({ model, prompt: 'steady' }), (event) => {
      if (event.type === 'text-delta') timers.advance(streamTimeouts.idleMs - 1);
    });
    expect(timers.now).toBeGreaterThan(streamTimeouts.idleMs * 3);
    expect(error).toBeUndefined();
    expect(result!.text).toContain('steady');
  });

  it('a reader that stops early releases the socket', async () => {
    const gate = emulator().gate();
    emulator().enqueue({ reply, holdAfterEvents: { afterEvents: 2, gate } });
    const stream = client({}).streamText({ model, prompt: 'x' });
    stream.result.catch(() => undefined);
    for await (const event of stream) {
      expect(event).toEqual({ type: 'text-delta', text: 'alpha' });
      break;
    }
    expect(await proxy.watch.connections[0]!.closed).toBe('client');
    gate.release();
  });
});
