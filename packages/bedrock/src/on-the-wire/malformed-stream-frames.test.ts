import { anthropic } from '@bedrock-kit/anthropic';
import { BedrockError, StreamError, ServiceError } from '@bedrock-kit/core';
import { encodeEventStreamMessage, stringHeaders } from '@bedrock-kit/eventstream';
import { describe, expect, it } from 'vitest';
import { createBedrock } from '../create-bedrock';
import { drain } from './fault-matrix.test-support';

/**
 * Frames that are valid on the wire but hold what no service sends: each
 * must end the stream with a typed error. Found by `npm run fuzz`; kept here
 * as regression cases.
 */

const frame = (headers: Record<string, string>, payload: string) =>
  encodeEventStreamMessage({ headers: stringHeaders({ ':content-type': 'application/json', ...headers }), payload: new TextEncoder().encode(payload) });

function answer(...frames: Uint8Array[]) {
  return createBedrock({
    families: [anthropic],
    endpoint: 'http://127.0.0.1:9',
    apiKey: 'ABSK-test',
    maxRetries: 0,
    fetch: (async () => new Response(new Blob(frames as BlobPart[]), { headers: { 'content-type': 'application/vnd.amazon.eventstream' } })) as typeof fetch,
  });
}

const claude = 'us.anthropic.claude-3-7-sonnet-20250219-v1:0';

describe('malformed frames end the stream with a typed error', () => {
  it('a native chunk whose "bytes" is not base64: StreamError MalformedChunk', async () => {
    const { error } = await drain(answer(frame({ ':event-type': 'chunk', ':message-type': 'event' }, '{"bytes":"@@@"}')).streamText({ model: claude, prompt: 'x' }));
    expect(StreamError.isInstance(error)).toBe(true);
    expect(error!.errorType).toBe('MalformedChunk');
    expect(error!.message).toMatch(/not base64/);
  });

  it('an exception frame whose payload is JSON null: the typed error of its exception type', async () => {
    const exception = frame({ ':message-type': 'exception', ':exception-type': 'internalServerException' }, 'null');
    const { error } = await drain(answer(exception).streamText({ model: claude, prompt: 'x' }));
    expect(ServiceError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ errorType: 'internalServerException', retryable: true, message: 'internalServerException in the response stream' });
  });

  it.each(['[]', '"text"', '42', 'true'])('an exception frame whose payload is %s', async (payload) => {
    const exception = frame({ ':message-type': 'exception', ':exception-type': 'throttlingException' }, payload);
    const { error } = await drain(answer(exception).streamText({ model: 'amazon.nova-lite-v1:0', prompt: 'x' }));
    expect(BedrockError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ name: 'ThrottlingError', errorType: 'throttlingException' });
  });
});
