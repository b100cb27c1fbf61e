import { createBedrock } from '@bedrock-kit/bedrock';
import { loadNativeCodec, parseModelId, type NativeCodec } from '@bedrock-kit/core';
import { emulatorApiKey, startEmulator, type Emulator } from '@bedrock-kit/emulator';
import { readCassetteFile, type RecordedExchange } from '@bedrock-kit/test-utils';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mistral } from './mistral';

// Real Mistral 7B Instruct InvokeModel exchanges (text-completion body, `outputs[]`), recorded by
// opentelemetry-python-contrib: see __fixtures__/opentelemetry-python-contrib/SOURCE.md.

type Json = Record<string, any>;

const fixture = (name: string) =>
  readCassetteFile(fileURLToPath(new URL(`./__fixtures__/opentelemetry-python-contrib/test_invoke_model_${name}[mistral.mistral].yaml`, import.meta.url)))[0]!;
const recordedModel = (exchange: RecordedExchange) => decodeURIComponent(new URL(exchange.request.uri).pathname.split('/')[2]!);
const headersOf = (exchange: RecordedExchange) => new Headers(Object.entries(exchange.response.headers).map(([name, values]) => [name, values.join(', ')] as [string, string]));
const codec = () => loadNativeCodec(mistral.native!, 'mistral') as Promise<NativeCodec>;

const recordings = [
  { name: 'with_content', text: '\n\nA man stands before a crowd of people' },
  { name: 'no_content', text: ' to find out whether you think an animal is cute' },
];

describe('recorded Mistral 7B native InvokeModel (opentelemetry-python-contrib)', () => {
  it('is a bare on-demand ID the table routes to the text-completion body', () => {
    const exchange = fixture('with_content');
    expect(new URL(exchange.request.uri).pathname).toBe('/model/mistral.mistral-7b-instruct-v0%3A2/invoke');
    const info = mistral.resolveModel(parseModelId(recordedModel(exchange)))!;
    expect(info.baseModelId).toBe('mistral.mistral-7b-instruct-v0:2');
    expect(info.requiredInferenceProfile).toBeUndefined(); // served on demand, as recorded (2025-04-10)
  });

  it('our body has the recorded settings field by field; the prompt is the recorded text in the instruct template', async () => {
    const exchange = fixture('with_content');
    const recorded = JSON.parse(exchange.request.body!) as Json;
    const info = mistral.resolveModel(parseModelId(recordedModel(exchange)))!;
    const ours = (await codec()).prepareRequest(
      { messages: [{ role: 'user', content: recorded.prompt }], maxTokens: 10, temperature: 0.8, topP: 1, stopSequences: ['|'], providerOptions: {}, stream: false },
      info,
    ).body as Json;
    expect(Object.keys(ours).sort()).toEqual(Object.keys(recorded).sort());
    const { prompt: ourPrompt, ...ourSettings } = ours;
    const { prompt: recordedPrompt, ...recordedSettings } = recorded;
    expect(ourSettings).toEqual(recordedSettings); // max_tokens 10, temperature 0.8, top_p 1, stop ['|']
    // The recording sent the bare text (the model continued it as prose); a chat turn goes in [INST] … [/INST].
    expect(recordedPrompt).toBe('Say this is a test');
    expect(ourPrompt).toBe('<s>[INST] Say this is a test [/INST]');
  });

  it.each(recordings)('test_invoke_model_$name: outputs[0].text as sent, stop_reason length, tokens from the headers', async ({ name, text }) => {
    const exchange = fixture(name);
    const body = JSON.parse(new TextDecoder().decode(exchange.response.body)) as Json;
    expect(Object.keys(body)).toEqual(['outputs']); // no usage in the body: only the headers count tokens
    const parsed = (await codec()).parseResponse(body, { headers: headersOf(exchange) });
    expect(parsed.content).toEqual([{ type: 'text', text }]);
    expect(parsed.finishReason).toBe('length');
    expect(parsed.usage).toEqual({ inputTokens: 6, outputTokens: 10, totalTokens: 16 });
  });
});

describe('recorded Mistral 7B exchange replayed through the facade (emulator, real sockets)', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(async () => {
    await emulator?.close();
  });
  afterEach(() => emulator.reset());

  it('goes native by default and reads the recorded answer as a caller gets it', async () => {
    const exchange = fixture('with_content');
    emulator.enqueue({ recorded: exchange });
    const bedrock = createBedrock({ endpoint: emulator.url, apiKey: emulatorApiKey, families: [mistral] });
    const result = await bedrock.generateText({ model: 'mistral.mistral-7b-instruct-v0:2', prompt: 'Say this is a test', maxTokens: 10, temperature: 0.8, topP: 1, stopSequences: ['|'] });
    expect(result).toMatchObject({ api: 'invoke', text: '\n\nA man stands before a crowd of people', finishReason: 'length', usage: { inputTokens: 6, outputTokens: 10, totalTokens: 16 } });
    expect(emulator.requests[0]!.path).toBe('/model/mistral.mistral-7b-instruct-v0%3A2/invoke');
    const sent = emulator.requests[0]!.body as Json;
    const recorded = JSON.parse(exchange.request.body!) as Json;
    expect({ ...sent, prompt: undefined }).toEqual({ ...recorded, prompt: undefined });
  });
});
