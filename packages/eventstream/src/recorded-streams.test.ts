import { readdirSync, readFileSync } from 'node:fs';
import { conformancePath, readCassette, type RecordedExchange } from '@bedrock-kit/test-utils';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';
import type { EventStreamMessage } from './event-stream-message';
import { readStringHeader } from './read-string-header';
import { createSeededRandom } from './seeded-random.test-support';
import { decodeChunks, randomChunks, snapshot } from './test-frames.test-support';

const sources = ['openllmetry', 'pydantic-ai'] as const;

const contentType = 'application/vnd.amazon.eventstream';
/**
 * Cassettes that mention the event-stream content type, plain or as YAML `!!binary`.
 * Filtering on the raw text first also skips openllmetry/test_anthropic_cross_region.yaml,
 * a non-streaming cassette that the `yaml` package fails to parse.
 */
const mentionsEventStream = (source: string, file: string): boolean => {
  const raw = readFileSync(conformancePath('recorded', source, file), 'utf8');
  return raw.includes(contentType) || raw.includes(Buffer.from(contentType).toString('base64').replace(/=+$/, ''));
};

/** Every recorded response whose body is an event stream, by cassette. */
const streams = sources.flatMap((source) =>
  readdirSync(conformancePath('recorded', source))
    .filter((file) => file.endsWith('.yaml') && mentionsEventStream(source, file))
    .flatMap((file) =>
      readCassette(source, file)
        .filter((exchange) => exchange.response.headers['content-type']?.includes(contentType))
        .map((exchange, index): [string, RecordedExchange] => [`${source}/${file}#${index}`, exchange]),
    ),
);

/** Walks the body frame by frame without the decoder, checking both CRCs independently. */
function checkFramesByHand(body: Uint8Array): number {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  let frames = 0;
  for (let offset = 0; offset < body.length; frames++) {
    const total = view.getUint32(offset);
    expect(view.getUint32(offset + 8)).toBe(crc32(body, offset, offset + 8));
    expect(view.getUint32(offset + total - 4)).toBe(crc32(body, offset, offset + total - 4));
    offset += total;
    expect(offset).toBeLessThanOrEqual(body.length);
  }
  return frames;
}

const text = new TextDecoder();

describe('recorded Bedrock event streams', () => {
  it('covers the streaming cassettes of both sources', () => {
    expect(streams.length).toBeGreaterThanOrEqual(8);
    for (const source of sources) expect(streams.some(([name]) => name.startsWith(source))).toBe(true);
  });

  describe.each(streams)('%s', (_, exchange) => {
    const body = exchange.response.body;
    let messages: EventStreamMessage[];

    it('decodes to well-formed events with both CRCs verified', async () => {
      messages = await decodeChunks([body]);
      expect(messages.length).toBe(checkFramesByHand(body));
      expect(messages.length).toBeGreaterThan(0);
      for (const message of messages) {
        expect(readStringHeader(message, ':message-type')).toBe('event');
        expect(readStringHeader(message, ':event-type')).toMatch(/^[a-zA-Z]+$/);
        expect(readStringHeader(message, ':content-type')).toBe('application/json');
        const payload = JSON.parse(text.decode(message.payload)) as Record<string, unknown>;
        expect(typeof payload).toBe('object');
        // InvokeModelWithResponseStream wraps the model's own JSON events as base64 `bytes`.
        if (readStringHeader(message, ':event-type') === 'chunk') {
          expect(JSON.parse(Buffer.from(payload.bytes as string, 'base64').toString('utf8'))).toBeTypeOf('object');
        }
      }
    });

    it('ends with the operation\'s closing event', () => {
      const types = messages.map((message) => readStringHeader(message, ':event-type'));
      if (exchange.request.uri.endsWith('/converse-stream')) {
        expect(types[0]).toBe('messageStart');
        expect(types.at(-1)).toBe('metadata');
        expect(types).toContain('messageStop');
      } else {
        expect(new Set(types)).toEqual(new Set(['chunk']));
      }
    });

    it('decodes identically under random chunking', async () => {
      const random = createSeededRandom(body.length);
      for (let run = 0; run < 5; run++) {
        const chunked = await decodeChunks(randomChunks(body, random, 1 + run * 40));
        expect(chunked.map(snapshot)).toEqual(messages.map(snapshot));
      }
    });
  });
});
