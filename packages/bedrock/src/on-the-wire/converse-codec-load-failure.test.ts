import { anthropic } from '@bedrock-kit/anthropic';
import { ConfigError } from '@bedrock-kit/core';
import { describe, expect, it, vi } from 'vitest';
import { collect, textOf, useFamilyEmulator } from './family-on-the-wire.test-support';

// The Converse route's chunk cannot be fetched (a page that lost its connection, a deployment that
// dropped the file): what a browser's import() does then. `loads` counts the attempts.
const chunk = vi.hoisted(() => ({ loads: 0 }));
vi.mock('../request/converse/create-converse-codec', () => {
  chunk.loads++;
  throw new TypeError('Failed to fetch dynamically imported module: https://app.example/assets/create-converse-codec-1a2b.js');
});

const model = 'anthropic.claude-3-5-haiku-20241022-v1:0';
const tools = { weather: { description: 'Weather in a city', inputSchema: { type: 'object', properties: { city: { type: 'string' } } } } };
const { bedrock, context } = useFamilyEmulator([anthropic]);

describe('the Converse route codec, loaded on use (decision 0027)', () => {
  it('a call over Converse that cannot load it is a ConfigError saying what could not load, and nothing is sent', async () => {
    const error = await bedrock()
      .generateText({ model, prompt: 'Hi', tools: tools as never })
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
    expect(context.emulator.requests.map((request) => request.path.split('/').pop())).toEqual(['invoke-with-response-stream']);
  });
});
