import { anthropic } from '@bedrock-kit/anthropic';
import { AbortError, TimeoutError } from '@bedrock-kit/core';
import { describe, expect, it, vi } from 'vitest';
import { resetGateAfterEach } from './chunk-gate.test-support';
import { models, routeOf, useFamilyEmulator, weatherTools } from './family-on-the-wire.test-support';

// The Converse route's chunk is slow to arrive (a page on a bad connection): its import() hangs until
// the test releases it (chunk-gate.test-support.ts). The call is aborted from inside that wait
// (`onHang`); no clock decides anything: the call's own signal ends the wait.
const { chunk, passGate } = await vi.hoisted(async () => {
  const gate = await import('./chunk-gate.test-support');
  return { chunk: gate.createChunkGate(), passGate: gate.passGate };
});
vi.mock('../request/converse/create-converse-codec', (importOriginal) => passGate(chunk, 'https://app.example/assets/create-converse-codec-1a2b.js', importOriginal));
resetGateAfterEach(chunk);

const model = models.haiku35;
const { bedrock, context } = useFamilyEmulator([anthropic]);

describe('waiting for the Converse route codec (decision 0027) is bounded by the call', () => {
  it('an abort while it loads rejects the call with AbortError, and nothing is sent', async () => {
    chunk.mode = 'hang';
    const controller = new AbortController();
    chunk.onHang = () => controller.abort();
    const error = await bedrock()
      .generateText({ model, prompt: 'Hi', tools: weatherTools, abortSignal: controller.signal })
      .catch((caught: unknown) => caught);
    expect(AbortError.isInstance(error)).toBe(true);
    expect(TimeoutError.isInstance(error)).toBe(false);
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('a stream aborted while it loads ends with AbortError; once the chunk arrives, the next call goes over Converse', async () => {
    chunk.mode = 'hang';
    const controller = new AbortController();
    chunk.onHang = () => controller.abort();
    const stream = bedrock().streamText({ model, prompt: 'Hi', tools: weatherTools, abortSignal: controller.signal });
    expect(AbortError.isInstance(await stream.text.catch((caught: unknown) => caught))).toBe(true);
    expect(context.emulator.requests).toHaveLength(0);

    chunk.mode = 'load';
    chunk.release!();
    context.emulator.enqueue({ reply: { text: 'No tool needed.' } });
    expect((await bedrock().generateText({ model, prompt: 'Hi', tools: weatherTools })).text).toBe('No tool needed.');
    expect(context.emulator.requests.map(routeOf)).toEqual(['converse']);
  });
});
