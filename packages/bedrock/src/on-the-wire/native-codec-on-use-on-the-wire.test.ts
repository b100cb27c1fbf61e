import { anthropic } from '@bedrock-kit/anthropic';
import { emulatorApiKey } from '@bedrock-kit/emulator';
import { ConfigError, type ModelFamily } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { createBedrockClient, generateText, streamText } from '../index';
import { useEmulator } from './emulator.test-support';

const model = 'anthropic.claude-3-5-haiku-20241022-v1:0';
const context = useEmulator();

/** anthropic with its native codec's chunk failing to load (a page that could not fetch it), `attempts` counting the loads. */
function withFailingChunk(): { family: ModelFamily; attempts: () => number } {
  let attempts = 0;
  const native = { ...anthropic.native!, load: () => (attempts++, Promise.reject(new TypeError('Failed to fetch dynamically imported module: https://app.example/assets/anthropic-native-codec-1a2b.js'))) };
  return { family: { ...anthropic, native }, attempts: () => attempts };
}

describe('a native codec loaded on use (anthropic.native.load)', () => {
  it('goes over InvokeModel once loaded, streaming and not, and a later call reuses it', async () => {
    const client = createBedrockClient({ families: [anthropic], endpoint: context.emulator.url, apiKey: emulatorApiKey });
    context.emulator.enqueue({ reply: { text: 'Paris.' } });
    context.emulator.enqueue({ reply: { text: 'Oslo.' } });
    expect((await generateText(client, { model, prompt: 'Capital of France?' })).text).toBe('Paris.');
    expect(await streamText(client, { model, prompt: 'Capital of Norway?' }).text).toBe('Oslo.');
    expect(context.emulator.requests.map((request) => request.path.split('/').pop())).toEqual(['invoke', 'invoke-with-response-stream']);
    expect((context.emulator.requests[0]!.body as { anthropic_version?: string }).anthropic_version).toBe('bedrock-2023-05-31');
  });

  it('a chunk that fails to load is a ConfigError naming the family, nothing is sent, and the next call loads again', async () => {
    const { family, attempts } = withFailingChunk();
    const client = createBedrockClient({ families: [family], endpoint: context.emulator.url, apiKey: emulatorApiKey });
    const error = await generateText(client, { model, prompt: 'Hi' }).catch((caught: unknown) => caught);
    expect(ConfigError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/could not load the native InvokeModel codec of anthropic .*Failed to fetch dynamically imported module/);
    await expect(streamText(client, { model, prompt: 'Hi' }).text).rejects.toThrow(ConfigError);
    expect(attempts()).toBe(2);
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('a call with tools goes over Converse and never loads the native codec', async () => {
    const { family, attempts } = withFailingChunk();
    const client = createBedrockClient({ families: [family], endpoint: context.emulator.url, apiKey: emulatorApiKey });
    context.emulator.enqueue({ reply: { text: 'No tool needed.' } });
    const tools = { weather: { description: 'Weather in a city', inputSchema: { type: 'object', properties: { city: { type: 'string' } } } } };
    expect((await generateText(client, { model, prompt: 'Hi', tools: tools as never })).text).toBe('No tool needed.');
    expect(context.emulator.requests.map((request) => request.path.split('/').pop())).toEqual(['converse']);
    expect(attempts()).toBe(0);
  });
});
