import { ConfigError } from '@bedrock-kit/core';
import { describe, expect, it, vi } from 'vitest';
import { collect, models, textOf, useFamilyEmulator } from './family-on-the-wire.test-support';

// The chunk that decodes a whole Converse answer cannot be fetched (a page that lost its connection,
// a deployment that dropped the file): what a browser's import() does then.
vi.mock('../request/converse/parse-converse-response', () => {
  throw new TypeError('Failed to fetch dynamically imported module: https://app.example/assets/parse-converse-response-1a2b.js');
});

const model = models.haiku35;
// No family: the model goes through Converse, whatever its ID.
const { bedrock, context } = useFamilyEmulator([]);

describe('the decoder of non-streaming Converse answers, loaded on use', () => {
  it('a non-streaming call that cannot load it is a ConfigError saying what could not load, and nothing is sent', async () => {
    const error = await bedrock()
      .generateText({ model, prompt: 'Hi' })
      .catch((caught: unknown) => caught);
    expect(ConfigError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/could not load the decoder of non-streaming Converse answers \(a chunk of your bundle loaded on first use\)/);
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('a stream never needs it and goes through', async () => {
    const { events, result } = await collect(bedrock().streamText({ model, prompt: 'Hi' }));
    expect(textOf(events).length).toBeGreaterThan(0);
    expect(result.api).toBe('converse');
    expect(context.emulator.requests).toHaveLength(1);
  });
});
