import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { concatBytes, conformancePath } from '@bedrock-kit/test-utils';
import { describe, expect, it } from 'vitest';
import { decodeEventStreamMessage } from './decode-event-stream-message';
import { encodeEventStreamMessage } from './encode-event-stream-message';
import { createFrameSplitter } from './create-frame-splitter';
import type { EventStreamMessage } from './event-stream-message';
import { createSeededRandom } from './seeded-random.test-support';
import { decodeChunks, encodeAll, randomChunks, sampleMessages, snapshot, splitChunks } from './test-frames.test-support';

const positiveDir = conformancePath('eventstream', 'encoded', 'positive');
const vectors = readdirSync(positiveDir)
  .sort()
  .map((name) => new Uint8Array(readFileSync(join(positiveDir, name))));
/** All 5 conformance frames back to back, then again in reverse: 10 frames, every header type. */
const vectorStream = concatBytes([...vectors, ...[...vectors].reverse()]);
const vectorMessages = [...vectors, ...[...vectors].reverse()].map((frame) => decodeEventStreamMessage(frame));

describe('createEventStreamDecoder chunking', () => {
  it('decodes the whole stream in one chunk', async () => {
    expect(await decodeChunks([vectorStream])).toEqual(vectorMessages);
  });

  it('decodes identically when split at every byte boundary', async () => {
    for (let at = 0; at <= vectorStream.length; at++) {
      const messages = await decodeChunks([vectorStream.slice(0, at), vectorStream.slice(at)]);
      expect(messages, `split at ${at}`).toEqual(vectorMessages);
    }
  });

  it('decodes identically when fed one byte at a time', async () => {
    const chunks = Array.from(vectorStream, (byte) => Uint8Array.of(byte));
    expect(await decodeChunks(chunks)).toEqual(vectorMessages);
  });

  describe('property: any chunking of a 60-frame stream gives the same messages (seeded)', () => {
    const random = createSeededRandom(0x5eed);
    const messages = sampleMessages(random, 60);
    const stream = encodeAll(messages);
    const expected = messages.map(snapshot);
    // Small, medium and large chunk sizes: some chunks hold many frames, some frames span many chunks.
    const maxChunks = [7, 300, 20_000];

    it('over 600 random chunkings through the frame splitter', () => {
      for (let run = 0; run < 600; run++) {
        const maxChunk = maxChunks[run % 3]!;
        const chunks = randomChunks(stream, random, maxChunk);
        expect(splitChunks(chunks).map(snapshot), `run ${run}, max chunk ${maxChunk}`).toEqual(expected);
      }
    });

    it('over 30 random chunkings through the TransformStream', async () => {
      for (let run = 0; run < 30; run++) {
        const maxChunk = maxChunks[run % 3]!;
        const chunks = randomChunks(stream, random, maxChunk);
        expect((await decodeChunks(chunks)).map(snapshot), `run ${run}, max chunk ${maxChunk}`).toEqual(expected);
      }
    });
  });

  it('decodes a frame whole inside its chunk in place, without copying', async () => {
    const [message] = await decodeChunks([vectors[1]!]);
    expect(message!.payload.buffer).toBe(vectors[1]!.buffer);
  });

  it('copies a frame that spans chunks into a buffer of exactly its size, and keeps nothing after it', () => {
    const frame = vectors[4]!;
    const splitter = createFrameSplitter(16 * 1024 * 1024);
    const seen: EventStreamMessage[] = [];
    splitter.push(frame.slice(0, 5), (m) => seen.push(m));
    splitter.push(frame.slice(5, 30), (m) => seen.push(m));
    expect(seen).toHaveLength(0);
    splitter.push(frame.slice(30), (m) => seen.push(m));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.payload.buffer.byteLength).toBe(frame.length);
    expect(() => splitter.finish()).not.toThrow();
  });

  it('grows the buffer of a large spanning frame as bytes arrive rather than trusting its declared length up front', () => {
    const payload = new Uint8Array(1_000_000).map((_, i) => i & 255);
    const frame = encodeEventStreamMessage({ headers: {}, payload });
    const splitter = createFrameSplitter(16 * 1024 * 1024);
    const seen: EventStreamMessage[] = [];
    for (let offset = 0; offset < frame.length; offset += 4096) splitter.push(frame.subarray(offset, offset + 4096), (m) => seen.push(m));
    expect(seen).toHaveLength(1);
    expect(Buffer.compare(seen[0]!.payload, payload)).toBe(0);
    expect(seen[0]!.payload.buffer.byteLength).toBe(frame.length);
  });

  it('handles empty chunks anywhere', async () => {
    const empty = new Uint8Array(0);
    const chunks = [empty, vectorStream.slice(0, 3), empty, empty, vectorStream.slice(3), empty];
    expect(await decodeChunks(chunks)).toEqual(vectorMessages);
  });

  it('produces nothing for an empty stream', async () => {
    expect(await decodeChunks([])).toEqual([]);
  });
});
