import { ConfigError, StreamError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { createEventStreamDecoder } from './create-event-stream-decoder';
import { createEventStreamParser } from './create-event-stream-parser';
import { MAX_EVENT_STREAM_MESSAGE_BYTES } from './index';
import { fixChecksums } from './mutate-frame.test-support';

/** Only a frame's 12-byte prelude (lengths and a matching CRC): no frame body is ever allocated. */
function prelude(totalLength: number, headersLength = 0): Uint8Array {
  const bytes = new Uint8Array(12);
  new DataView(bytes.buffer).setUint32(0, totalLength);
  new DataView(bytes.buffer).setUint32(4, headersLength);
  fixChecksums(bytes);
  return bytes;
}

function streamErrorOf(run: () => unknown): StreamError {
  try {
    run();
  } catch (error) {
    expect(StreamError.isInstance(error), String(error)).toBe(true);
    return error as StreamError;
  }
  throw new Error('expected a StreamError');
}

describe('a frame over 16 MiB fails as soon as its prelude arrives', () => {
  it('exports the limit: 16 MiB', () => {
    expect(MAX_EVENT_STREAM_MESSAGE_BYTES).toBe(16 * 1024 * 1024);
  });

  it.each([MAX_EVENT_STREAM_MESSAGE_BYTES + 1, 64 * 1024 * 1024, 0xffffffff])(
    'a prelude declaring %i bytes, fed one byte at a time, fails on its 12th byte with FrameTooLarge',
    (totalLength) => {
      const bytes = prelude(totalLength);
      const parser = createEventStreamParser();
      for (let index = 0; index < 11; index++) parser.push(bytes.subarray(index, index + 1), () => expect.fail('no message'));
      const error = streamErrorOf(() => parser.push(bytes.subarray(11, 12), () => expect.fail('no message')));
      expect(error.errorType).toBe('FrameTooLarge');
      expect(error.retryable).toBe(false);
      expect(error.message).toBe(
        `Event-stream frame declares ${totalLength} bytes, over the 16777216-byte (16 MiB) limit on one message; refused before its bytes arrive.`,
      );
    },
  );

  it('a prelude of exactly 16 MiB is accepted and waits for its bytes (a cut there is TruncatedStream)', () => {
    const parser = createEventStreamParser();
    parser.push(prelude(MAX_EVENT_STREAM_MESSAGE_BYTES), () => expect.fail('no message'));
    const error = streamErrorOf(() => parser.finish());
    expect(error.errorType).toBe('TruncatedStream');
    expect(error.message).toContain(`12 of ${MAX_EVENT_STREAM_MESSAGE_BYTES} bytes`);
  });

  it('the web-stream decoder errors right after the prelude, while the body is still open', async () => {
    const decoder = createEventStreamDecoder();
    const writer = decoder.writable.getWriter();
    void writer.write(prelude(MAX_EVENT_STREAM_MESSAGE_BYTES + 1)).catch(() => {});
    // The writable side is never closed: the error cannot come from the end of the input.
    const error = await decoder.readable.getReader().read().catch((caught: unknown) => caught);
    expect((error as StreamError).errorType).toBe('FrameTooLarge');
  });

  it('maxMessageBytes lowers the limit, and the message names it', () => {
    const parser = createEventStreamParser({ maxMessageBytes: 1024 });
    const error = streamErrorOf(() => parser.push(prelude(1025), () => {}));
    expect(error.errorType).toBe('FrameTooLarge');
    expect(error.message).toBe('Event-stream frame declares 1025 bytes, over maxMessageBytes (1024); refused before its bytes arrive.');
    expect(() => createEventStreamParser({ maxMessageBytes: 1024 }).push(prelude(1024), () => {})).not.toThrow();
  });

  it.each([MAX_EVENT_STREAM_MESSAGE_BYTES + 1, 2 ** 32 - 1])('maxMessageBytes cannot raise the limit: %i is a ConfigError', (maxMessageBytes) => {
    expect(() => createEventStreamParser({ maxMessageBytes })).toThrow(ConfigError);
    expect(() => createEventStreamDecoder({ maxMessageBytes })).toThrow(/maxMessageBytes must be an integer from 16 to 16777216/);
  });
});
