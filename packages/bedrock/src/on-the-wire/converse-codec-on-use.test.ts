import { anthropic } from '@bedrock-kit/anthropic';
import { AbortError, ConfigError, TimeoutError } from '@bedrock-kit/core';
import { describe, expect, it, vi } from 'vitest';
import { resetGateAfterEach } from './chunk-gate.test-support';
import { collect, models, routeOf, textOf, useFamilyEmulator, weatherTools } from './family-on-the-wire.test-support';

// The Converse route's chunk cannot be fetched (a page that lost its connection, a deployment that
// dropped the file), or is slow to arrive (a page on a bad connection): what a browser's import() does
// then (chunk-gate.test-support.ts). A slow load is aborted from inside the wait (`onHang`); no clock
// decides anything: the call's own signal ends the wait. The last test lets the chunk load.
const { chunk, passGate } = await vi.hoisted(async () => {
  const gate = await import('./chunk-gate.test-support');
  return { chunk: gate.createChunkGate(), passGate: gate.passGate };
});
vi.mock('../request/converse/create-converse-codec', (importOriginal) => passGate(chunk, 'https://app.example/assets/create-converse-codec-1a2b.js', importOriginal));
resetGateAfterEach(chunk);

const model = models.haiku35;
const { bedrock, context } = useFamilyEmulator([anthropic]);

describe('the Converse route codec, loaded on use (decision 0027)', () => {
  it('a call over Converse that cannot load it is a ConfigError saying what could not load, and nothing is sent', async () => {
    const error = await bedrock()
      .generateText({ model, prompt: 'Hi', tools: weatherTools })
      .catch((caught: unknown) => caught);
    expect(ConfigError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/could not load the Converse route codec \(a chunk of your bundle loaded on first use\)/);
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('a stream over Converse fails the same way, the next call tries the load again, and nothing is sent', async () => {
    const before = chunk.loads;
    const stream = bedrock().streamText({ model, prompt: 'Hi', providerOptions: { useConverse: true } });
    await expect(stream.text).rejects.toThrow(/could not load the Converse route codec/);
    expect(chunk.loads).toBeGreaterThan(before);
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('a call that takes its family native route never needs it and goes through', async () => {
    const { events, result } = await collect(bedrock().streamText({ model, prompt: 'Hi' }));
    expect(textOf(events).length).toBeGreaterThan(0);
    expect(result.api).toBe('invoke');
    expect(context.emulator.requests.map(routeOf)).toEqual(['invoke-with-response-stream']);
  });
});

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
