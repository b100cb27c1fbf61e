import { ConfigError, StreamError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { createEventStreamParser } from './create-event-stream-parser';
import type { EventStreamMessage } from './event-stream-message';
import { encodeEventStreamMessage } from './encode-event-stream-message';
import { readStringHeader } from './read-string-header';
import { stringHeaders } from './string-headers';
import { concatBytes } from '@bedrock-kit/test-utils';

const frameOf = (eventType: string) => encodeEventStreamMessage({ headers: stringHeaders({ ':event-type': eventType }), payload: new TextEncoder().encode('{}') });

describe('createEventStreamParser', () => {
  it('emits every message a chunk completes, across chunk boundaries', () => {
    const bytes = concatBytes([frameOf('a'), frameOf('b'), frameOf('c')]);
    const parser = createEventStreamParser();
    const seen: string[] = [];
    const emit = (message: EventStreamMessage) => seen.push(readStringHeader(message, ':event-type') ?? '');
    parser.push(bytes.subarray(0, 40), emit);
    parser.push(bytes.subarray(40), emit);
    parser.finish();
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('throws the decoder faults from push and finish', () => {
    const parser = createEventStreamParser();
    expect(() => parser.push('text' as unknown as Uint8Array, () => {})).toThrow(expect.objectContaining({ errorType: 'InvalidChunk' }));
    parser.push(frameOf('a').subarray(0, 20), () => {});
    let error: unknown;
    try {
      parser.finish();
    } catch (caught) {
      error = caught;
    }
    expect(StreamError.isInstance(error) && error.errorType).toBe('TruncatedStream');
  });

  it('checks maxMessageBytes like the decoder', () => {
    expect(() => createEventStreamParser({ maxMessageBytes: 15 })).toThrow(ConfigError);
    const parser = createEventStreamParser({ maxMessageBytes: 16 });
    expect(() => parser.push(frameOf('a'), () => {})).toThrow(expect.objectContaining({ errorType: 'FrameTooLarge' }));
  });
});
