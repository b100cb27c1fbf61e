import { anthropic } from '@bedrock-kit/anthropic';
import { ConfigError } from '@bedrock-kit/core';
import { describe, expect, it, vi } from 'vitest';
import { useFamilyEmulator } from './family-on-the-wire.test-support';

// The chunk of round two's request features cannot be fetched (a page that lost its connection, a
// deployment that dropped the file): what a browser's import() does then.
vi.mock('../request/extended/extended-code', () => {
  throw new TypeError('Failed to fetch dynamically imported module: https://app.example/assets/extended-code-9f8e.js');
});

const claude37 = 'us.anthropic.claude-3-7-sonnet-20250219-v1:0';
const { bedrock, context } = useFamilyEmulator([anthropic]);

describe('code loaded on use that cannot load', () => {
  it('a call that needs it is a ConfigError saying what could not load, and nothing is sent', async () => {
    const error = await bedrock()
      .generateText({ model: claude37, prompt: 'Hi', reasoning: { budgetTokens: 2048 } })
      .catch((caught: unknown) => caught);
    expect(ConfigError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/could not load the code of round two request features .*\(a chunk of your bundle loaded on first use\)/);
    // vitest wraps the module's own failure; the cause chain keeps it.
    expect(String((error as { cause?: { cause?: unknown } }).cause?.cause ?? (error as { cause?: unknown }).cause)).toMatch(/Failed to fetch dynamically imported module|error when mocking/);
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('a call of text and tools does not need it and goes through', async () => {
    const { text } = await bedrock().generateText({ model: claude37, prompt: 'Hi', providerOptions: { useConverse: true } });
    expect(text.length).toBeGreaterThan(0);
    expect(context.emulator.requests).toHaveLength(1);
  });
});
