import { createBedrock } from '@bedrock-kit/bedrock';
import { convertBase64ToBytes, loadNativeCodec, parseModelId, type ModelStreamPart, type NativeCodec } from '@bedrock-kit/core';
import { createEventStreamDecoder, readStringHeader } from '@bedrock-kit/eventstream';
import { emulatorApiKey, startEmulator } from '@bedrock-kit/emulator';
import { chunkedStream, collectStream, readCassetteFile, readRecordedHeaders, readRecordedModelId, readTestAgentCassetteFile, useTestEmulator, type RecordedExchange } from '@bedrock-kit/test-utils';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mistral } from './mistral';

// Real Mistral text-completion exchanges (`prompt` body, `outputs[]`): Mistral 7B InvokeModel recorded by
// opentelemetry-python-contrib, Mistral Small (24.02) InvokeModelWithResponseStream recorded by
// opentelemetry-js-contrib (nock): see each __fixtures__ folder's SOURCE.md.

type Json = Record<string, any>;

const fixture = (name: string) =>
  readCassetteFile(fileURLToPath(new URL(`./__fixtures__/opentelemetry-python-contrib/test_invoke_model_${name}[mistral.mistral].yaml`, import.meta.url)))[0]!;
const codec = () => loadNativeCodec(mistral.native!, 'mistral') as Promise<NativeCodec>;

const recordings = [
  { name: 'with_content', text: '\n\nA man stands before a crowd of people' },
  { name: 'no_content', text: ' to find out whether you think an animal is cute' },
];

describe('recorded Mistral 7B native InvokeModel (opentelemetry-python-contrib)', () => {
  it('is a bare on-demand ID the table routes to the text-completion body', () => {
    const exchange = fixture('with_content');
    expect(new URL(exchange.request.uri).pathname).toBe('/model/mistral.mistral-7b-instruct-v0%3A2/invoke');
    const info = mistral.resolveModel(parseModelId(readRecordedModelId(exchange)))!;
    expect(info.baseModelId).toBe('mistral.mistral-7b-instruct-v0:2');
    expect(info.requiredInferenceProfile).toBeUndefined(); // served on demand, as recorded (2025-04-10)
  });

  it('our body has the recorded settings field by field; the prompt is the recorded text in the instruct template', async () => {
    const exchange = fixture('with_content');
    const recorded = JSON.parse(exchange.request.body!) as Json;
    const info = mistral.resolveModel(parseModelId(readRecordedModelId(exchange)))!;
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
    const parsed = (await codec()).parseResponse(body, { headers: readRecordedHeaders(exchange) });
    expect(parsed.content).toEqual([{ type: 'text', text }]);
    expect(parsed.finishReason).toBe('length');
    expect(parsed.usage).toEqual({ inputTokens: 6, outputTokens: 10, totalTokens: 16 });
  });
});

describe('recorded Mistral 7B exchange replayed through the facade (emulator, real sockets)', () => {
  const { context } = useTestEmulator(() => startEmulator());

  it('goes native by default and reads the recorded answer as a caller gets it', async () => {
    const exchange = fixture('with_content');
    context.emulator.enqueue({ recorded: exchange });
    const bedrock = createBedrock({ endpoint: context.emulator.url, apiKey: emulatorApiKey, families: [mistral] });
    const result = await bedrock.generateText({ model: 'mistral.mistral-7b-instruct-v0:2', prompt: 'Say this is a test', maxTokens: 10, temperature: 0.8, topP: 1, stopSequences: ['|'] });
    expect(result).toMatchObject({ api: 'invoke', text: '\n\nA man stands before a crowd of people', finishReason: 'length', usage: { inputTokens: 6, outputTokens: 10, totalTokens: 16 } });
    expect(context.emulator.requests[0]!.path).toBe('/model/mistral.mistral-7b-instruct-v0%3A2/invoke');
    const sent = context.emulator.requests[0]!.body as Json;
    const recorded = JSON.parse(exchange.request.body!) as Json;
    expect({ ...sent, prompt: undefined }).toEqual({ ...recorded, prompt: undefined });
  });
});

/** A nock recording (`[{ scope, method, path, body, status, response, rawHeaders }]`) as the emulator replays it. */
function readNockRecording(name: string): RecordedExchange[] {
  const file = fileURLToPath(new URL(`./__fixtures__/opentelemetry-js-contrib/${name}.json`, import.meta.url));
  const entries = JSON.parse(readFileSync(file, 'utf8')) as { scope: string; method: string; path: string; body: unknown; status: number; response: unknown; rawHeaders: string[]; responseIsBinary: boolean }[];
  return entries.map((entry) => {
    const headers: Record<string, string[]> = {};
    for (let i = 0; i < entry.rawHeaders.length; i += 2) (headers[entry.rawHeaders[i]!.toLowerCase()] ??= []).push(entry.rawHeaders[i + 1]!);
    const body = entry.responseIsBinary
      ? Uint8Array.from((entry.response as string).match(/../g)!.map((hex) => parseInt(hex, 16)))
      : new TextEncoder().encode(typeof entry.response === 'string' ? entry.response : JSON.stringify(entry.response));
    return {
      request: { method: entry.method, uri: `${entry.scope.replace(/:443$/, '')}${entry.path}`, headers: {}, body: JSON.stringify(entry.body) },
      response: { status: entry.status, headers, body },
    };
  });
}

/** Decodes an event-stream body as botocore does (fed in odd pieces), to each `chunk`'s model JSON. */
async function decodeChunks(body: Uint8Array): Promise<Json[]> {
  const messages = await collectStream(chunkedStream(body, [3, 61, 512]).pipeThrough(createEventStreamDecoder()));
  expect(messages.map((message) => readStringHeader(message, ':event-type'))).toEqual(messages.map(() => 'chunk'));
  return messages.map((message) => {
    const { bytes } = JSON.parse(new TextDecoder().decode(message.payload)) as { bytes: string };
    return JSON.parse(new TextDecoder().decode(convertBase64ToBytes(bytes))) as Json;
  });
}

const streamed = 'bedrock-invokemodelwithstreams-adds-mistral-ai-model-attributes-to-span';
const streamedText = " I'm an AI, so I don't have feelings, but I'm functioning well";

describe('recorded Mistral Small (24.02) native InvokeModelWithResponseStream (opentelemetry-js-contrib)', () => {
  it('a 403 InvalidSignatureException (the replayed signature had expired), then the stream; both on the text body', () => {
    const [expired, exchange] = readNockRecording(streamed);
    expect(expired!.response.status).toBe(403);
    expect(expired!.response.headers['x-amzn-errortype']![0]).toMatch(/^InvalidSignatureException:/);
    expect(exchange!.response.status).toBe(200);
    expect(exchange!.response.headers['content-type']).toEqual(['application/vnd.amazon.eventstream']);
    const info = mistral.resolveModel(parseModelId(readRecordedModelId(exchange!)))!;
    expect(info.baseModelId).toBe('mistral.mistral-small-2402-v1:0');
    expect(info.requiredInferenceProfile).toBeUndefined();
  });

  it('our body has the recorded settings field by field', async () => {
    const [, exchange] = readNockRecording(streamed);
    const recorded = JSON.parse(exchange!.request.body!) as Json;
    const ours = (await codec()).prepareRequest(
      { messages: [{ role: 'user', content: 'Hello, How are you today?' }], maxTokens: 20, temperature: 0.8, topP: 1, stopSequences: ['|'], providerOptions: {}, stream: true },
      mistral.resolveModel(parseModelId(readRecordedModelId(exchange!)))!,
    ).body as Json;
    expect({ ...ours, prompt: undefined }).toEqual({ ...recorded, prompt: undefined });
    // The recording wrote an Anthropic-style prompt by hand; we write Mistral's template.
    expect(recorded.prompt).toBe('\n\nHuman: Hello, How are you today? \n\nAssistant:');
    expect(ours.prompt).toBe('<s>[INST] Hello, How are you today? [/INST]');
  });

  it('20 chunks of outputs[0].text; the last holds stop_reason length and the invocation metrics together', async () => {
    const [, exchange] = readNockRecording(streamed);
    const chunks = await decodeChunks(exchange!.response.body);
    expect(chunks).toHaveLength(20);
    expect(chunks.slice(0, -1).every((chunk) => chunk.outputs[0].stop_reason === null)).toBe(true);
    expect(chunks.at(-1)).toMatchObject({ outputs: [{ text: ' well', stop_reason: 'length' }], 'amazon-bedrock-invocationMetrics': { inputTokenCount: 19, outputTokenCount: 20 } });

    const parser = (await codec()).createStreamParser({ headers: new Headers() });
    const parts: ModelStreamPart[] = [...chunks.flatMap((chunk) => parser.parse(chunk)), ...(parser.flush?.() ?? [])];
    expect(parts.flatMap((part) => (part.type === 'text-delta' ? [part.text] : [])).join('')).toBe(streamedText);
    expect(parts.filter((part) => part.type === 'finish')).toEqual([{ type: 'finish', finishReason: 'length' }]);
    expect(parts.filter((part) => part.type === 'usage').at(-1)).toMatchObject({ usage: { inputTokens: 19, outputTokens: 20 } });
  });

  it('replayed through the facade (emulator, real sockets): the text, length, and the metrics as usage', async () => {
    const emulator = await startEmulator();
    try {
      const [, exchange] = readNockRecording(streamed);
      emulator.enqueue({ recorded: exchange! });
      const bedrock = createBedrock({ endpoint: emulator.url, apiKey: emulatorApiKey, families: [mistral] });
      const stream = bedrock.streamText({ model: 'mistral.mistral-small-2402-v1:0', prompt: 'Hello, How are you today?', maxTokens: 20, temperature: 0.8, topP: 1, stopSequences: ['|'] });
      const result = await stream.result;
      expect(result).toMatchObject({ api: 'invoke', text: streamedText, finishReason: 'length', usage: { inputTokens: 19, outputTokens: 20, totalTokens: 39 } });
      expect(emulator.requests[0]!.path).toBe('/model/mistral.mistral-small-2402-v1%3A0/invoke-with-response-stream');
    } finally {
      await emulator.close();
    }
  });
});

/** A dd-apm-test-agent VCR cassette of `__fixtures__/dd-trace-js/`. */
const readTestAgentCassette = (name: string): RecordedExchange =>
  readTestAgentCassetteFile(fileURLToPath(new URL(`./__fixtures__/dd-trace-js/${name}.json`, import.meta.url)));

const invoked = readTestAgentCassette('bedrock-runtime_model_mistral.mistral-7b-instruct-v0_2_invoke_post_2aafa21c');
const streamedAnswer = readTestAgentCassette('bedrock-runtime_model_mistral.mistral-7b-instruct-v0_2_invoke-with-response-stream_post_9d0cffc3');

describe('recorded Mistral 7B native exchanges that end on their own (dd-trace-js)', () => {
  it('both requests are the text body our codec builds from the same settings', async () => {
    const native = await codec();
    for (const exchange of [invoked, streamedAnswer]) {
      expect(readRecordedModelId(exchange)).toBe('mistral.mistral-7b-instruct-v0:2'); // recorded with the colon unencoded
      const recorded = JSON.parse(exchange.request.body!) as Json;
      const ours = native.prepareRequest(
        { messages: [{ role: 'user', content: 'What is the capital of France?' }], maxTokens: 512, temperature: 0.5, providerOptions: {}, stream: false },
        mistral.resolveModel(parseModelId('mistral.mistral-7b-instruct-v0:2'))!,
      ).body as Json;
      expect({ ...ours, prompt: undefined }).toEqual({ ...recorded, prompt: undefined });
      expect(recorded.prompt).toBe('What is the capital of France?');
    }
  });

  it('InvokeModel: stop_reason stop is a natural end; the token headers are the usage (body as received, 610 bytes)', async () => {
    expect(invoked.response.body.byteLength).toBe(Number(invoked.response.headers['content-length']![0]));
    const body = JSON.parse(new TextDecoder().decode(invoked.response.body)) as Json;
    const parsed = (await codec()).parseResponse(body, { headers: readRecordedHeaders(invoked) });
    expect(parsed.finishReason).toBe('stop');
    expect(parsed.content).toEqual([{ type: 'text', text: body.outputs[0].text }]);
    expect((parsed.content[0] as { text: string }).text).toMatch(/^ Paris is the capital city of France\..*Normale Supérieure\. It is a popular tourist destination and attracts millions of visitors every year\.$/);
    expect(parsed.usage).toEqual({ inputTokens: 8, outputTokens: 129, totalTokens: 137 });
  });

  it('InvokeModelWithResponseStream: 94 chunks, the last an empty text with stop and the metrics', async () => {
    const chunks = await decodeChunks(streamedAnswer.response.body);
    expect(chunks).toHaveLength(94);
    expect(chunks.at(-1)).toMatchObject({ outputs: [{ text: '', stop_reason: 'stop' }], 'amazon-bedrock-invocationMetrics': { inputTokenCount: 8, outputTokenCount: 94 } });
    const parser = (await codec()).createStreamParser({ headers: new Headers() });
    const parts: ModelStreamPart[] = [...chunks.flatMap((chunk) => parser.parse(chunk)), ...(parser.flush?.() ?? [])];
    const text = parts.flatMap((part) => (part.type === 'text-delta' ? [part.text] : [])).join('');
    expect(text).toBe(chunks.map((chunk) => chunk.outputs[0].text).join(''));
    expect(text).toMatch(/^ Paris is the capital city of France\. .* Paris has a rich history and is considered to be the cultural center of France\.$/);
    expect(parts.filter((part) => part.type === 'finish')).toEqual([{ type: 'finish', finishReason: 'stop' }]);
    expect(parts.filter((part) => part.type === 'usage').at(-1)).toMatchObject({ usage: { inputTokens: 8, outputTokens: 94 } });
  });
});
