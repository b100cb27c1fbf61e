import { anthropic } from '@bedrock-kit/anthropic';
import { AbortError, TimeoutError } from '@bedrock-kit/core';
import { describe, expect, it, vi } from 'vitest';
import { useFamilyEmulator } from './family-on-the-wire.test-support';

// The Converse route's chunk is slow to arrive (a page on a bad connection): its import() waits until
// the test releases it. No clock decides anything: the call's own signal ends the wait.
const chunk = vi.hoisted(() => {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  return { release, released };
});
vi.mock('../request/converse/create-converse-codec', async (importOriginal) => {
  await chunk.released;
  return importOriginal();
});

const model = 'anthropic.claude-3-5-haiku-20241022-v1:0';
const tools = { weather: { description: 'Weather in a city', inputSchema: { type: 'object', properties: { city: { type: 'string' } } } } };
const { bedrock, context } = useFamilyEmulator([anthropic]);

describe('waiting for the Converse route codec (decision 0027) is bounded by the call', () => {
  it('an abort while it loads rejects the call with AbortError, and nothing is sent', async () => {
    const controller = new AbortController();
    const call = bedrock().generateText({ model, prompt: 'Hi', tools: tools as never, abortSignal: controller.signal });
    controller.abort();
    const error = await call.catch((caught: unknown) => caught);
    expect(AbortError.isInstance(error)).toBe(true);
    expect(TimeoutError.isInstance(error)).toBe(false);
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('a stream aborted while it loads ends with AbortError; once the chunk arrives, the next call goes over Converse', async () => {
    const controller = new AbortController();
    const stream = bedrock().streamText({ model, prompt: 'Hi', tools: tools as never, abortSignal: controller.signal });
    const text = stream.text.catch((caught: unknown) => caught);
    controller.abort();
    expect(AbortError.isInstance(await text)).toBe(true);
    expect(context.emulator.requests).toHaveLength(0);

    chunk.release();
    context.emulator.enqueue({ reply: { text: 'No tool needed.' } });
    expect((await bedrock().generateText({ model, prompt: 'Hi', tools: tools as never })).text).toBe('No tool needed.');
    expect(context.emulator.requests.map((request) => request.path.split('/').pop())).toEqual(['converse']);
  });
});
