// Event-stream decode throughput over a realistic ConverseStream body:
// @bedrock-kit/eventstream vs @smithy/eventstream-codec (the AWS SDK's codec)
// behind a frame splitter vs a floor of one copy + one CRC32 pass.
import { crc32 } from 'node:zlib';
import { createEventStreamDecoder, createEventStreamParser, decodeEventStreamMessage, encodeEventStreamMessage, stringHeaders } from '@bedrock-kit/eventstream';
import { importPeer } from '../bench/peers.mjs';
import { compareRates, formatRate, printTable } from './bench-measure.mjs';

// Network reads of a streamed HTTPS body arrive in pieces of up to one TLS record.
const CHUNK_BYTES = 16 * 1024;
const SMALL_FRAMES = 5000;
const LARGE_FRAMES = 4;
const LARGE_TEXT_BYTES = 48 * 1024;

const words = 'the of and to in is that it for on with as was at by an be this from or which are have one had not but what all were when we there can'.split(' ');

function frame(eventType, payload) {
  return encodeEventStreamMessage({
    headers: stringHeaders({ ':event-type': eventType, ':content-type': 'application/json', ':message-type': 'event' }),
    payload: new TextEncoder().encode(JSON.stringify(payload)),
  });
}

/**
 * What Bedrock sends for a long answer: messageStart, thousands of small
 * text deltas (1–6 words each, with the service's `p` padding field that
 * hides token lengths), a few large deltas (a big tool input), the stops
 * and metadata.
 */
export function createConverseStreamBody() {
  const frames = [frame('messageStart', { role: 'assistant', p: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ' })];
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let index = 0; index < SMALL_FRAMES; index++) {
    const text = Array.from({ length: 1 + Math.floor(random() * 6) }, () => words[Math.floor(random() * words.length)]).join(' ') + ' ';
    const padding = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.slice(0, 1 + Math.floor(random() * 50));
    frames.push(frame('contentBlockDelta', { contentBlockIndex: 0, delta: { text }, p: padding }));
  }
  frames.push(frame('contentBlockStop', { contentBlockIndex: 0, p: 'abcd' }));
  for (let index = 0; index < LARGE_FRAMES; index++) {
    frames.push(frame('contentBlockDelta', { contentBlockIndex: 1, delta: { toolUse: { input: JSON.stringify({ rows: 'x'.repeat(LARGE_TEXT_BYTES) }) } }, p: 'abc' }));
  }
  frames.push(frame('contentBlockStop', { contentBlockIndex: 1, p: 'abcd' }));
  frames.push(frame('messageStop', { stopReason: 'tool_use', p: 'abcdefgh' }));
  frames.push(frame('metadata', { usage: { inputTokens: 900, outputTokens: 21000, totalTokens: 21900 }, metrics: { latencyMs: 9000 }, p: 'ab' }));
  const body = new Uint8Array(frames.reduce((sum, bytes) => sum + bytes.length, 0));
  let offset = 0;
  for (const bytes of frames) {
    body.set(bytes, offset);
    offset += bytes.length;
  }
  const chunks = [];
  for (let start = 0; start < body.length; start += CHUNK_BYTES) chunks.push(body.slice(start, start + CHUNK_BYTES));
  return { body, frames, chunks };
}

/**
 * CRC-32 in JavaScript, slice-by-8 (the fastest table method in JS): the
 * floor a browser or Worker could reach, where zlib's native CRC is absent.
 */
function createJsCrc32() {
  const table = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let bit = 0; bit < 8; bit++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
    table[n] = c;
  }
  for (let n = 0; n < 256; n++) for (let slice = 1; slice < 8; slice++) table[slice * 256 + n] = table[(table[(slice - 1) * 256 + n] & 0xff)] ^ (table[(slice - 1) * 256 + n] >>> 8);
  return (bytes) => {
    let crc = -1;
    let i = 0;
    const fastEnd = bytes.length - (bytes.length & 7);
    while (i < fastEnd) {
      const low = crc ^ (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24));
      crc =
        table[1792 + (low & 0xff)] ^ table[1536 + ((low >>> 8) & 0xff)] ^ table[1280 + ((low >>> 16) & 0xff)] ^ table[1024 + (low >>> 24)] ^
        table[768 + bytes[i + 4]] ^ table[512 + bytes[i + 5]] ^ table[256 + bytes[i + 6]] ^ table[bytes[i + 7]];
      i += 8;
    }
    while (i < bytes.length) crc = table[(crc ^ bytes[i++]) & 0xff] ^ (crc >>> 8);
    return (crc ^ -1) >>> 0;
  };
}

/** One copy of the chunks into one buffer, then one CRC pass over it. */
function copyAndChecksum(chunks, length, checksum) {
  const copy = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    copy.set(chunk, offset);
    offset += chunk.length;
  }
  checksum(copy);
  return length;
}

/**
 * A frame splitter for the smithy codec, as the AWS SDK's `getChunkedStream`
 * does it (read the total length, gather that many bytes), but with the same
 * zero-copy shortcut ours has when a frame lies whole in one chunk.
 */
function createSmithySplitter(codec) {
  let pending;
  let filled = 0;
  const lengthBytes = new Uint8Array(4);
  let lengthFilled = 0;
  return new TransformStream({
    transform(chunk, controller) {
      let offset = 0;
      while (offset < chunk.length) {
        if (!pending) {
          if (lengthFilled === 0 && chunk.length - offset >= 4) {
            const total = ((chunk[offset] << 24) | (chunk[offset + 1] << 16) | (chunk[offset + 2] << 8) | chunk[offset + 3]) >>> 0;
            if (chunk.length - offset >= total) {
              controller.enqueue(codec.decode(chunk.subarray(offset, offset + total)));
              offset += total;
              continue;
            }
            pending = new Uint8Array(total);
            filled = 0;
          } else {
            while (lengthFilled < 4 && offset < chunk.length) lengthBytes[lengthFilled++] = chunk[offset++];
            if (lengthFilled < 4) return;
            pending = new Uint8Array(((lengthBytes[0] << 24) | (lengthBytes[1] << 16) | (lengthBytes[2] << 8) | lengthBytes[3]) >>> 0);
            pending.set(lengthBytes, 0);
            filled = 4;
            lengthFilled = 0;
          }
        }
        const take = Math.min(pending.length - filled, chunk.length - offset);
        pending.set(chunk.subarray(offset, offset + take), filled);
        filled += take;
        offset += take;
        if (filled === pending.length) {
          controller.enqueue(codec.decode(pending));
          pending = undefined;
        }
      }
    },
  });
}

/** Reads every chunk through `transform` (a fresh TransformStream); returns the message count. */
async function drain(chunks, transform) {
  let index = 0;
  const source = new ReadableStream({
    pull(controller) {
      if (index < chunks.length) controller.enqueue(chunks[index++]);
      else controller.close();
    },
  });
  const reader = source.pipeThrough(transform).getReader();
  let messages = 0;
  for (;;) {
    const { done } = await reader.read();
    if (done) return messages;
    messages++;
  }
}

/**
 * Reads every chunk from a ReadableStream with a reader and pushes it into our parser: the path the
 * facade takes (decision 0006), with no TransformStream in between. Returns the message count.
 */
async function drainWithParser(chunks) {
  let index = 0;
  const source = new ReadableStream({
    pull(controller) {
      if (index < chunks.length) controller.enqueue(chunks[index++]);
      else controller.close();
    },
  });
  const reader = source.getReader();
  const parser = createEventStreamParser();
  let messages = 0;
  const count = () => messages++;
  for (let read = await reader.read(); !read.done; read = await reader.read()) parser.push(read.value, count);
  parser.finish();
  return messages;
}

/** @returns {Promise<{ rows: string[][], figures: Record<string, number> }>} */
export async function benchEventStream({ rounds, roundMs }) {
  const { EventStreamCodec } = await importPeer('@smithy/eventstream-codec');
  const { toUtf8, fromUtf8 } = await importPeer('@smithy/util-utf8');
  const { body, frames, chunks } = createConverseStreamBody();
  const codec = new EventStreamCodec(toUtf8, fromUtf8);
  const jsCrc32 = createJsCrc32();
  if (jsCrc32(body) !== crc32(body)) throw new Error('the JavaScript CRC-32 of the floor disagrees with zlib');

  // Both decode every frame to the same count before anything is timed.
  const expected = frames.length;
  const counts = [await drain(chunks, createEventStreamDecoder()), await drain(chunks, createSmithySplitter(codec)), await drainWithParser(chunks)];
  if (counts.some((count) => count !== expected)) throw new Error(`decoders disagree: ${counts} messages, expected ${expected}`);

  const streamRates = await compareRates(
    [
      { name: 'ours', run: async () => (await drain(chunks, createEventStreamDecoder()), body.length) },
      { name: 'smithy', run: async () => (await drain(chunks, createSmithySplitter(codec)), body.length) },
      { name: 'parser', run: async () => (await drainWithParser(chunks), body.length) },
      { name: 'floor', run: () => copyAndChecksum(chunks, body.length, crc32) },
      { name: 'jsFloor', run: () => copyAndChecksum(chunks, body.length, jsCrc32) },
    ],
    { rounds, roundMs },
  );
  const frameRates = await compareRates(
    [
      { name: 'ours', run: () => (frames.forEach((bytes) => decodeEventStreamMessage(bytes)), body.length) },
      { name: 'smithy', run: () => (frames.forEach((bytes) => codec.decode(bytes)), body.length) },
    ],
    { rounds, roundMs },
  );

  const ours = streamRates.get('ours');
  const smithy = streamRates.get('smithy');
  const floor = streamRates.get('floor');
  const jsFloor = streamRates.get('jsFloor');
  const parser = streamRates.get('parser');
  console.log(`\nEvent-stream decode: ${frames.length} frames, ${(body.length / 1e6).toFixed(2)} MB body in ${chunks.length} chunks of 16 KB (${SMALL_FRAMES} small contentBlockDelta frames, ${LARGE_FRAMES} of ~${LARGE_TEXT_BYTES / 1024} KB)`);
  printTable(
    ['path', 'throughput', 'ours ÷ this (>1: ours faster)'],
    [
      ['@bedrock-kit/eventstream decoder (TransformStream)', formatRate(ours, 'B/s'), '1.00×'],
      ['@smithy/eventstream-codec + frame splitter (TransformStream)', formatRate(smithy, 'B/s'), `${(ours / smithy).toFixed(2)}×`],
      ['floor: one copy + zlib.crc32 pass (native CRC)', formatRate(floor, 'B/s'), `${(ours / floor).toFixed(2)}× (floor is ${(floor / ours).toFixed(1)}× faster)`],
      ['JS floor: one copy + slice-by-8 CRC-32 in JS', formatRate(jsFloor, 'B/s'), `${(ours / jsFloor).toFixed(2)}× (floor is ${(jsFloor / ours).toFixed(1)}× faster)`],
      ['ours, reader + createEventStreamParser (the facade\'s path, no TransformStream)', formatRate(parser, 'B/s'), `${(ours / parser).toFixed(2)}× (${(parser / smithy).toFixed(2)}× smithy; JS floor ${(jsFloor / parser).toFixed(1)}× faster)`],
      ['frame function only: ours decodeEventStreamMessage', formatRate(frameRates.get('ours'), 'B/s'), '1.00×'],
      ['frame function only: smithy codec.decode', formatRate(frameRates.get('smithy'), 'B/s'), `${(frameRates.get('ours') / frameRates.get('smithy')).toFixed(2)}×`],
    ],
  );
  return {
    oursBytesPerSecond: ours,
    smithyBytesPerSecond: smithy,
    floorBytesPerSecond: floor,
    oursOverSmithy: ours / smithy,
    floorOverOurs: floor / ours,
    jsFloorBytesPerSecond: jsFloor,
    jsFloorOverOurs: jsFloor / ours,
    parserBytesPerSecond: parser,
    jsFloorOverParser: jsFloor / parser,
    frameOursOverSmithy: frameRates.get('ours') / frameRates.get('smithy'),
  };
}
