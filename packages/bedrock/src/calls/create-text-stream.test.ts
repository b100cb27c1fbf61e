import { InputError, ServiceError, type GenerateTextResult, type StreamEvent } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { countHeldEvents, createTextStream, replayWindow } from './create-text-stream';

const result = { text: 'ab' } as GenerateTextResult;

describe('createTextStream', () => {
  it('gives every reader every event, and text/result at the end', async () => {
    const stream = createTextStream(async function* () {
      yield { type: 'text-delta', text: 'a' } as StreamEvent;
      yield { type: 'text-delta', text: 'b' } as StreamEvent;
      return result;
    });
    const events: StreamEvent[] = [];
    for await (const event of stream) events.push(event);
    const texts: string[] = [];
    for await (const text of stream.textStream) texts.push(text);
    expect(events).toHaveLength(2);
    expect(texts).toEqual(['a', 'b']);
    expect(await stream.text).toBe('ab');
    expect(await stream.result).toBe(result);
  });

  it('throws the failure after the events that came before it, and rejects result', async () => {
    const failure = new ServiceError({ message: 'boom' });
    const stream = createTextStream(async function* () {
      yield { type: 'text-delta', text: 'a' } as StreamEvent;
      throw failure;
    });
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const text of stream.textStream) seen.push(text);
      })(),
    ).rejects.toBe(failure);
    expect(seen).toEqual(['a']);
    await expect(stream.result).rejects.toBe(failure);
  });

  it('cancels the call when a reader stops early', async () => {
    let signal: AbortSignal | undefined;
    const stream = createTextStream(async function* (abortSignal) {
      signal = abortSignal;
      yield { type: 'text-delta', text: 'a' } as StreamEvent;
      await new Promise((resolve) => abortSignal!.addEventListener('abort', resolve));
      throw new Error('aborted');
    });
    for await (const _ of stream) break;
    expect(signal?.aborted).toBe(true);
    await expect(stream.result).rejects.toThrow('aborted');
  });

  it('pulls: nothing runs before a reader asks, and the producer is never more than one event ahead of the reader', async () => {
    let produced = 0;
    const stream = createTextStream(async function* () {
      for (let i = 0; i < 1000; i++) {
        produced++;
        yield { type: 'text-delta', text: 'x' } as StreamEvent;
      }
      return result;
    });
    await Promise.resolve();
    expect(produced).toBe(0);
    let read = 0;
    for await (const _ of stream.textStream) {
      read++;
      expect(produced - read).toBe(0);
    }
    expect(read).toBe(1000);
  });

  it('holds a flat number of events while 100,000 pass to a caller that reads only textStream', async () => {
    const count = 100_000;
    const stream = createTextStream(async function* () {
      for (let i = 0; i < count; i++) yield { type: 'text-delta', text: 'x' } as StreamEvent;
      yield { type: 'finish', finishReason: 'stop', usage: { inputTokens: 1, outputTokens: count, totalTokens: count + 1 } } as StreamEvent;
      return result;
    });
    let read = 0;
    let mostHeldAfterWindow = 0;
    let mostHeld = 0;
    for await (const _ of stream.textStream) {
      read++;
      const held = countHeldEvents(stream);
      mostHeld = Math.max(mostHeld, held);
      if (read > replayWindow) mostHeldAfterWindow = Math.max(mostHeldAfterWindow, held);
    }
    expect(read).toBe(count);
    // The first replayWindow events are kept for a reader that may start late; past them, only what no reader has read yet.
    expect(mostHeld).toBeLessThanOrEqual(replayWindow + 1);
    expect(mostHeldAfterWindow).toBeLessThanOrEqual(1);
    expect(countHeldEvents(stream)).toBe(0);
    expect(await stream.result).toBe(result);
  });

  it('readers share one pass: one reader\'s break neither cancels the others nor reaches them as an abort', async () => {
    let signal: AbortSignal | undefined;
    let runs = 0;
    const stream = createTextStream(async function* (abortSignal) {
      signal = abortSignal;
      runs++;
      for (const text of ['a', 'b', 'c']) yield { type: 'text-delta', text } as StreamEvent;
      return result;
    });
    const events = stream[Symbol.asyncIterator]();
    const texts: string[] = [];
    const reading = (async () => {
      for await (const text of stream.textStream) texts.push(text);
    })();
    expect(await events.next()).toEqual({ done: false, value: { type: 'text-delta', text: 'a' } });
    await events.return!();
    await reading;
    expect(texts).toEqual(['a', 'b', 'c']);
    expect(signal?.aborted).toBe(false);
    expect(runs).toBe(1);
    expect(await stream.text).toBe('ab');
  });

  it('a reader that starts after more than replayWindow events were released is an InputError, not a silent gap', async () => {
    const stream = createTextStream(async function* () {
      for (let i = 0; i < replayWindow * 2; i++) yield { type: 'text-delta', text: 'x' } as StreamEvent;
      return result;
    });
    let read = 0;
    for await (const _ of stream.textStream) read++;
    expect(read).toBe(replayWindow * 2);
    const late = (async () => {
      for await (const _ of stream) void _;
    })();
    await expect(late).rejects.toThrow(InputError);
    await expect(late).rejects.toThrow(/started after more than 128 events/);
  });
});
