import { collectStream, concatBytes } from '@bedrock-kit/test-utils';
import { createEventStreamDecoder } from './create-event-stream-decoder';
import { encodeEventStreamMessage } from './encode-event-stream-message';
import type { EventStreamDecoderOptions, EventStreamMessage } from './event-stream-message';
import type { SeededRandom } from './seeded-random.test-support';
import { stringHeaders } from './string-headers';
import { fixChecksums } from './mutate-frame.test-support';
import { createFrameSplitter } from './create-frame-splitter';

/**
 * A frame with a hand-written header block: lengths taken from the parts
 * (or overridden), then both CRCs made valid so the checks after them run.
 */
export function rawFrame(headerBlock: number[] | Uint8Array, payload = new Uint8Array(0), lengths: { total?: number; headers?: number } = {}): Uint8Array {
  const headers = Uint8Array.from(headerBlock);
  const frame = new Uint8Array(16 + headers.length + payload.length);
  const view = new DataView(frame.buffer);
  view.setUint32(0, lengths.total ?? frame.length);
  view.setUint32(4, lengths.headers ?? headers.length);
  frame.set(headers, 12);
  frame.set(payload, 12 + headers.length);
  fixChecksums(frame);
  return frame;
}

/** A header name as wire bytes (length byte + ASCII). */
export const nameBytes = (name: string): number[] => [name.length, ...Array.from(name, (c) => c.charCodeAt(0))];

/** A cheaply comparable form of a message: typed arrays as hex (vitest's deep equality walks them element by element). */
export function snapshot(message: EventStreamMessage): unknown {
  const hex = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
  return {
    headers: Object.entries(message.headers).map(([name, header]) => [
      name,
      header.type,
      header.value instanceof Uint8Array ? hex(header.value) : header.value,
    ]),
    payload: hex(message.payload),
  };
}

/** Runs `chunks` through a frame splitter synchronously: the decoder's core without the stream plumbing. */
export function splitChunks(chunks: Uint8Array[], maxMessageBytes = 16 * 1024 * 1024): EventStreamMessage[] {
  const splitter = createFrameSplitter(maxMessageBytes);
  const messages: EventStreamMessage[] = [];
  for (const chunk of chunks) splitter.push(chunk, (message) => messages.push(message));
  splitter.finish();
  return messages;
}

/** Runs `chunks` through a fresh decoder and collects the messages (rejects with the stream's error). */
export function decodeChunks(chunks: Uint8Array[], options?: EventStreamDecoderOptions): Promise<EventStreamMessage[]> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return collectStream(source.pipeThrough(createEventStreamDecoder(options)));
}

/** Cuts `bytes` into pieces of random sizes (some empty), as a network might. */
export function randomChunks(bytes: Uint8Array, random: SeededRandom, maxChunk: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const size = random.next() < 0.05 ? 0 : 1 + random.int(maxChunk);
    chunks.push(bytes.slice(offset, offset + size));
    offset += size;
  }
  return chunks;
}

/** A varied stream of `count` Bedrock-like events, with every header type sprinkled in. */
export function sampleMessages(random: SeededRandom, count: number): EventStreamMessage[] {
  const messages: EventStreamMessage[] = [];
  for (let i = 0; i < count; i++) {
    const text = 'x'.repeat(random.int(i % 7 === 0 ? 5000 : 200));
    const headers = stringHeaders({ ':event-type': 'contentBlockDelta', ':content-type': 'application/json', ':message-type': 'event' });
    if (i % 3 === 0) headers.sequence = { type: 'long', value: BigInt(i) * 1_000_000_007n };
    if (i % 5 === 0) headers.id = { type: 'uuid', value: '0f0e0d0c-0b0a-0908-0706-050403020100' };
    if (i % 4 === 0) headers.flag = { type: 'boolean', value: i % 8 === 0 };
    if (i % 6 === 0) headers.raw = { type: 'binary', value: Uint8Array.of(i & 255, 0, 255) };
    messages.push({ headers, payload: new TextEncoder().encode(JSON.stringify({ delta: { text }, contentBlockIndex: i })) });
  }
  return messages;
}

/** Encodes and concatenates messages into one stream body. */
export const encodeAll = (messages: EventStreamMessage[]): Uint8Array => concatBytes(messages.map(encodeEventStreamMessage));
