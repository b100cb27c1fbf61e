import { readFileSync } from 'node:fs';
import { ConfigError, StreamError } from '@bedrock-kit/core';
import { conformancePath } from '@bedrock-kit/test-utils';
import { describe, expect, it } from 'vitest';
import { createEventStreamDecoder } from './create-event-stream-decoder';
import { decodeEventStreamMessage } from './decode-event-stream-message';
import { encodeEventStreamMessage } from './encode-event-stream-message';
import type { EventStreamFault } from './create-frame-error';
import { fixChecksums } from './mutate-frame.test-support';
import { stringHeaders } from './string-headers';
import { decodeChunks, nameBytes, rawFrame } from './test-frames.test-support';

const frame = encodeEventStreamMessage({ headers: stringHeaders({ ':event-type': 'chunk' }), payload: new TextEncoder().encode('{"a":1}') });

function faultOf(run: () => unknown): { fault: string | undefined; message: string } {
  try {
    run();
  } catch (error) {
    if (!StreamError.isInstance(error)) throw error;
    return { fault: error.errorType, message: error.message };
  }
  throw new Error('expected a StreamError, but decoding succeeded');
}

async function streamFault(chunks: Uint8Array[]): Promise<string | undefined> {
  const error = await decodeChunks(chunks).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(StreamError.isInstance(error), String(error)).toBe(true);
  return (error as StreamError).errorType;
}

/** A frame with a given total / headers length and a prelude CRC that matches them. */
function prelude(total: number, headers: number): Uint8Array {
  const bytes = new Uint8Array(12);
  new DataView(bytes.buffer).setUint32(0, total);
  new DataView(bytes.buffer).setUint32(4, headers);
  fixChecksums(bytes);
  return bytes;
}

describe('decoder faults', () => {
  describe('lengths', () => {
    it('refuses a frame over 16 MiB by default, right after its prelude, and accepts one of exactly 16 MiB', async () => {
      expect(faultOf(() => decodeEventStreamMessage(prelude(16 * 1024 * 1024 + 1, 0))).fault).toBe('FrameTooLarge');
      expect(await streamFault([prelude(16 * 1024 * 1024 + 1, 0)])).toBe('FrameTooLarge');
      const largest = encodeEventStreamMessage({ headers: {}, payload: new Uint8Array(16 * 1024 * 1024 - 16) });
      expect(decodeEventStreamMessage(largest).payload.length).toBe(16 * 1024 * 1024 - 16);
    });

    it('refuses an absurd declared length (4 GiB - 1) without waiting for or allocating it', async () => {
      expect(await streamFault([prelude(0xffffffff, 0)])).toBe('FrameTooLarge');
    });

    it('honours a smaller maxMessageBytes', async () => {
      expect(faultOf(() => decodeEventStreamMessage(frame, { maxMessageBytes: frame.length - 1 })).fault).toBe('FrameTooLarge');
      expect(decodeEventStreamMessage(frame, { maxMessageBytes: frame.length }).payload.length).toBe(7);
      const error = await decodeChunks([frame], { maxMessageBytes: 16 }).catch((caught: unknown) => caught);
      expect((error as StreamError).errorType).toBe('FrameTooLarge');
    });

    it.each([0, 1, 12, 15])('refuses a declared total length of %i (below the 16-byte minimum)', (total) => {
      const result = faultOf(() => decodeEventStreamMessage(concat(prelude(total, 0), new Uint8Array(4))));
      expect(result.fault).toBe('FrameTooSmall');
    });

    it('refuses a headers length larger than the frame leaves room for', () => {
      expect(faultOf(() => decodeEventStreamMessage(rawFrame([], new Uint8Array(4), { headers: 5 }))).fault).toBe('HeadersLengthOverrun');
      expect(faultOf(() => decodeEventStreamMessage(rawFrame([], new Uint8Array(0), { headers: 0xffffffff }))).fault).toBe('HeadersLengthOverrun');
    });

    it('refuses a buffer that is not exactly one frame', () => {
      expect(faultOf(() => decodeEventStreamMessage(frame.subarray(0, 11))).fault).toBe('TruncatedFrame');
      expect(faultOf(() => decodeEventStreamMessage(frame.subarray(0, frame.length - 1))).fault).toBe('TruncatedFrame');
      expect(faultOf(() => decodeEventStreamMessage(concat(frame, frame))).fault).toBe('FrameLengthMismatch');
    });
  });

  describe('checksums', () => {
    it('checks the prelude CRC before trusting the lengths', () => {
      const bad = frame.slice();
      bad[3]! ^= 0x40; // total length now claims far more than 16 MiB
      const result = faultOf(() => decodeEventStreamMessage(bad));
      expect(result.fault).toBe('PreludeChecksumMismatch');
      expect(result.message).toContain('Prelude checksum mismatch');
    });

    it('checks the message CRC before parsing headers', () => {
      const bad = frame.slice();
      bad[13] = 0; // would be an empty header name: the CRC must catch it first
      const result = faultOf(() => decodeEventStreamMessage(bad));
      expect(result.fault).toBe('MessageChecksumMismatch');
      expect(result.message).toContain('Message checksum mismatch');
    });
  });

  describe('streams', () => {
    it('errors when the stream ends inside a frame (after emitting the whole frames before it)', async () => {
      const seen: unknown[] = [];
      const readable = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(concat(frame, frame.subarray(0, 20)));
          controller.close();
        },
      }).pipeThrough(createEventStreamDecoder());
      const reader = readable.getReader();
      seen.push((await reader.read()).value);
      const error = await reader.read().catch((caught: unknown) => caught);
      expect(seen).toHaveLength(1);
      expect((error as StreamError).errorType).toBe('TruncatedStream');
      expect((error as StreamError).message).toContain(`20 of ${frame.length} bytes`);
    });

    it('errors when the stream ends inside a prelude', async () => {
      expect(await streamFault([frame, frame.subarray(0, 5)])).toBe('TruncatedStream');
    });

    it('reports corrupted_length as soon as its 12th byte arrives, while the connection is still open', async () => {
      const bytes = new Uint8Array(readFileSync(conformancePath('eventstream', 'encoded', 'negative', 'corrupted_length')));
      const decoder = createEventStreamDecoder();
      const writer = decoder.writable.getWriter();
      const reader = decoder.readable.getReader();
      const pending = reader.read().then(
        () => undefined,
        (caught: unknown) => caught,
      );
      // One byte at a time, and the writable is never closed: only the prelude CRC check can end this.
      for (let i = 0; i < 12; i++) void writer.write(bytes.subarray(i, i + 1)).catch(() => undefined);
      const error = await pending;
      expect((error as StreamError).errorType).toBe('PreludeChecksumMismatch');
      expect((error as StreamError).message).toContain('Prelude checksum mismatch');
    });

    it('refuses a chunk that is not bytes', async () => {
      const decoder = createEventStreamDecoder();
      const writer = decoder.writable.getWriter();
      const written = writer.write('text' as unknown as Uint8Array).catch((caught: unknown) => caught);
      const error = await decoder.readable.getReader().read().catch((caught: unknown) => caught);
      expect((error as StreamError).errorType).toBe('InvalidChunk');
      expect(StreamError.isInstance(await written)).toBe(true);
    });

    it.each([0, 15, 1.5, 2 ** 32, Number.NaN])('rejects maxMessageBytes %s with a ConfigError', (maxMessageBytes) => {
      expect(() => createEventStreamDecoder({ maxMessageBytes })).toThrow(ConfigError);
      expect(() => decodeEventStreamMessage(frame, { maxMessageBytes })).toThrow(/maxMessageBytes must be an integer/);
    });
  });

  describe('headers', () => {
    const cases: [string, number[], EventStreamFault][] = [
      ['an empty name', [0, 7, 0, 0], 'InvalidHeaderName'],
      ['a name longer than the block', [10, 0x61, 0x62], 'HeaderOverrun'],
      ['a name with no type byte after it', nameBytes('abc'), 'HeaderOverrun'],
      ['type code 10', [...nameBytes('a'), 10], 'InvalidHeaderType'],
      ['type code 255', [...nameBytes('a'), 255, 0, 0], 'InvalidHeaderType'],
      ['a string length with only one of its two bytes', [...nameBytes('a'), 7, 0], 'HeaderOverrun'],
      ['a string value longer than the block', [...nameBytes('a'), 7, 0, 5, 0x61], 'HeaderOverrun'],
      ['a binary value longer than the block', [...nameBytes('a'), 6, 0xff, 0xff], 'HeaderOverrun'],
      ['a short with one byte', [...nameBytes('a'), 3, 1], 'HeaderOverrun'],
      ['an integer with three bytes', [...nameBytes('a'), 4, 1, 2, 3], 'HeaderOverrun'],
      ['a long with seven bytes', [...nameBytes('a'), 5, 1, 2, 3, 4, 5, 6, 7], 'HeaderOverrun'],
      ['a timestamp with no bytes', [...nameBytes('a'), 8], 'HeaderOverrun'],
      ['a uuid with 15 bytes', [...nameBytes('a'), 9, ...new Array(15).fill(1)], 'HeaderOverrun'],
      ['a byte with no value', [...nameBytes('a'), 2], 'HeaderOverrun'],
      ['a name that is not UTF-8', [2, 0xc3, 0x28, 0], 'InvalidHeaderName'],
      ['a string value that is not UTF-8', [...nameBytes('a'), 7, 0, 3, 0xed, 0xa0, 0x80], 'InvalidHeaderValue'],
      ['a timestamp beyond what Date holds', [...nameBytes('t'), 8, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], 'InvalidHeaderValue'],
      ['the same name twice', [...nameBytes('a'), 0, ...nameBytes('a'), 1], 'DuplicateHeader'],
    ];

    it.each(cases)('refuses %s with %s', (_, block, fault) => {
      const bytes = rawFrame(block, new TextEncoder().encode('{}'));
      expect(faultOf(() => decodeEventStreamMessage(bytes)).fault).toBe(fault);
    });

    it.each(cases)('refuses %s in a stream too', async (_, block, fault) => {
      expect(await streamFault([frame, rawFrame(block)])).toBe(fault);
    });
  });

  it('never reports a fault as anything but a StreamError with an actionable message', () => {
    const result = faultOf(() => decodeEventStreamMessage(rawFrame([...nameBytes('a'), 42])));
    expect(result.message).toMatch(/type code 42; valid codes are 0-9/);
  });
});

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
