import { encodeEventStreamMessage, stringHeaders } from '@bedrock-kit/eventstream';
import { ServiceError, StreamError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { createBedrock } from '../create-bedrock';
import { drain, failure } from './fault-matrix.test-support';
import { createTestFamily } from '../request/test-family.test-support';

/**
 * Only a failure to reach the service or read its answer is a (retryable)
 * network error. A bug in parsing the answer must surface as itself, once:
 * relabelling it "network error" would retry it and hide it (issue 5: no
 * catch-all that relabels any exception).
 */

const chunkFrame = encodeEventStreamMessage({
  headers: stringHeaders({ ':event-type': 'chunk', ':content-type': 'application/json', ':message-type': 'event' }),
  payload: new TextEncoder().encode(JSON.stringify({ bytes: btoa('{"type":"x"}') })),
});

function countingFetch(respond: () => Response) {
  const calls: string[] = [];
  const fetch = (async (url: string | URL | Request) => {
    calls.push(String(url));
    return respond();
  }) as typeof globalThis.fetch;
  return { calls, fetch };
}

const bug = new TypeError('a parser bug');
const family = createTestFamily(
  {},
  {
    native: {
      prepareRequest: () => ({ body: {} }),
      parseResponse: () => {
        throw bug;
      },
      createStreamParser: () => ({
        parse: () => {
          throw bug;
        },
      }),
    },
  },
);
const client = (fetch: typeof globalThis.fetch) =>
  createBedrock({ families: [family], endpoint: 'http://127.0.0.1:9', apiKey: 'ABSK-test', fetch, random: () => 0 });

describe('transport failures versus parsing bugs', () => {
  it('streamText: a stream parser that throws surfaces its own error, after one attempt', async () => {
    const { calls, fetch } = countingFetch(() => new Response(chunkFrame as BodyInit, { headers: { 'content-type': 'application/vnd.amazon.eventstream' } }));
    const { error } = await drain(client(fetch).streamText({ model: 'test.model-v1:0', prompt: 'x' }));
    expect(error).toBe(bug);
    expect(calls).toHaveLength(1);
  });

  it('generateText: a response parser that throws surfaces its own error, after one attempt', async () => {
    const { calls, fetch } = countingFetch(() => Response.json({}));
    const error = await failure(client(fetch).generateText({ model: 'test.model-v1:0', prompt: 'x' }));
    expect(error).toBe(bug);
    expect(calls).toHaveLength(1);
  });

  it('a body that fails while streaming is a retryable network error (retried before output)', async () => {
    const broken = () =>
      new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.error(new TypeError('terminated'));
        },
      });
    const { calls, fetch } = countingFetch(() => new Response(broken(), { headers: { 'content-type': 'application/vnd.amazon.eventstream' } }));
    const { error } = await drain(client(fetch).streamText({ model: 'test.model-v1:0', prompt: 'x' }));
    expect(ServiceError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ retryable: true });
    expect(error!.message).toMatch(/Network error.*terminated/);
    expect(calls).toHaveLength(3);
  });

  it('a body that fails while reading a non-streaming answer is a retryable network error', async () => {
    const broken = () =>
      new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.error(new TypeError('terminated'));
        },
      });
    const { calls, fetch } = countingFetch(() => new Response(broken()));
    const error = await failure(client(fetch).generateText({ model: 'test.model-v1:0', prompt: 'x' }));
    expect(ServiceError.isInstance(error)).toBe(true);
    expect(error!.message).toMatch(/Network error.*terminated/);
    expect(calls).toHaveLength(3);
  });

  it('a malformed frame stays the decoder\'s typed StreamError', async () => {
    const corrupt = chunkFrame.slice();
    corrupt[corrupt.length - 1]! ^= 1;
    const { fetch } = countingFetch(() => new Response(corrupt as BodyInit, { headers: { 'content-type': 'application/vnd.amazon.eventstream' } }));
    const { error } = await drain(client(fetch).streamText({ model: 'test.model-v1:0', prompt: 'x' }));
    expect(StreamError.isInstance(error)).toBe(true);
    expect(error!.errorType).toBe('MessageChecksumMismatch');
  });
});
