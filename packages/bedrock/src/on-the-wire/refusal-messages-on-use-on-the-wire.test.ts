import { anthropic } from '@bedrock-kit/anthropic';
import { ConfigError, InputError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { createBedrockClient } from '../client/create-bedrock-client';
import { streamText } from '../calls/stream-text';
import { failure, models, streamFailure, useFamilyEmulator, weatherCallHistory } from './family-on-the-wire.test-support';

// A refused request's message is a chunk loaded on use (decision 0026): the first refusal in this file
// is thrown before the texts are there and gets its message at the edge of the preparation. Nothing
// in this file loads the texts up front; the tests run in order, the first one before any load.
const { bedrock, context } = useFamilyEmulator([anthropic]);

describe('the message of a refused request, loaded on use', () => {
  it('the first refusal (texts not loaded yet) reaches the caller with its whole message, in the stack too, and nothing is sent', async () => {
    const stream = streamText(createBedrockClient({ endpoint: context.emulator.url, apiKey: 'k', families: [anthropic] }), { model: models.haiku3, prompt: 'Hi', maxTokens: 0 });
    const error = await streamFailure(stream);
    expect(InputError.isInstance(error)).toBe(true);
    expect(error!.message).toBe('maxTokens must be a positive integer up to 2147483647; got 0.');
    expect(error!.stack).toContain('InputError: maxTokens must be a positive integer up to 2147483647; got 0.');
    expect(error!.stack).not.toContain('Request refused');
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('a later refusal has its whole message, on every call (generateText, streamText, countTokens)', async () => {
    const refusals = await Promise.all([
      failure(bedrock().generateText({ model: models.haiku3, prompt: 'Hi', messages: [{ role: 'user', content: 'Hi' }] })),
      streamFailure(bedrock().streamText({ model: models.haiku3, messages: [{ role: 'assistant', content: 'Hi' }] })),
      failure(bedrock().countTokens({ model: models.haiku3, prompt: 'Hi', temperature: 2 })),
    ]);
    expect(refusals.map((error) => [InputError.isInstance(error), error?.message])).toEqual([
      [true, 'Give either prompt or messages, not both.'],
      [true, 'messages[0] is from the assistant: a conversation must start with a user message.'],
      [true, 'temperature must be a number from 0 to 1; got 2.'],
    ]);
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('a refusal of the step (Converse conversion) and of a setting (a ConfigError) get their messages too', async () => {
    const step = await failure(bedrock().generateText({ model: models.haiku3, messages: weatherCallHistory, providerOptions: { useConverse: true } }));
    expect(InputError.isInstance(step)).toBe(true);
    expect(step!.message).toBe('The messages hold tool calls but there are no tools, which Converse requires. Pass the same `tools` as before.');
    const setting = await failure(bedrock().generateText({ model: 'writer.palmyra-x5-v1:0', prompt: 'Hi', providerOptions: { useConverse: false } }));
    expect(ConfigError.isInstance(setting)).toBe(true);
    expect(setting!.message).toBe('useConverse: false: no configured family serves "writer.palmyra-x5-v1:0"; pass its family to createBedrock({ families }) or drop useConverse: false.');
    expect(context.emulator.requests).toHaveLength(0);
  });
});
