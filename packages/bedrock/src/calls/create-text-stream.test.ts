import { ServiceError, type GenerateTextResult, type StreamEvent } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { createTextStream } from './create-text-stream';

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
});
