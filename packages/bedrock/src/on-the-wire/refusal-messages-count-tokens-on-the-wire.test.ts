import { anthropic } from '@bedrock-kit/anthropic';
import { InputError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { failure, useFamilyEmulator, weatherCallHistory } from './family-on-the-wire.test-support';

// countTokens builds the body a model call would send, outside a model step: the Converse conversion's
// refusal there gets its text too (decision 0026). Its own file: the first refusal of a fresh module.
const { bedrock, context } = useFamilyEmulator([anthropic]);

describe('countTokens refusing the body it would count', () => {
  it('the first refusal, from the Converse conversion, has its whole message and nothing is sent', async () => {
    const model = 'us.anthropic.claude-3-7-sonnet-20250219-v1:0';
    const error = await failure(bedrock().countTokens({ model, messages: weatherCallHistory, providerOptions: { useConverse: true } }));
    expect(InputError.isInstance(error)).toBe(true);
    expect(error!.message).toBe('The messages hold tool calls but there are no tools, which Converse requires. Pass the same `tools` as before.');
    expect(context.emulator.requests).toHaveLength(0);
  });
});
