import { createBedrock, type Bedrock } from '@bedrock-kit/bedrock';
import { emulatorApiKey, startEmulator } from '@bedrock-kit/emulator';
import { convertBase64ToBytes, loadNativeCodec, parseModelId, type ModelRequest, type ModelStreamPart, type NativeCodec } from '@bedrock-kit/core';
import { createEventStreamDecoder, readStringHeader } from '@bedrock-kit/eventstream';
import { chunkedStream, collectStream, readCassetteFile, readRecordedHeaders, readRecordedModelId, readTestAgentCassetteFile, useTestEmulator, type RecordedExchange } from '@bedrock-kit/test-utils';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { amazon } from './amazon';

// Real Nova InvokeModel / InvokeModelWithResponseStream exchanges (messages-v1), see
// __fixtures__/opentelemetry-python-contrib/SOURCE.md and __fixtures__/openllmetry/SOURCE.md.

type Json = Record<string, any>;

const fixture = (source: string, name: string) => readCassetteFile(fileURLToPath(new URL(`./__fixtures__/${source}/${name}.yaml`, import.meta.url)));
const otel = (name: string) => fixture('opentelemetry-python-contrib', name);

/** The operation of a recorded request (`/model/{id}/{operation}`). */
const operation = (exchange: RecordedExchange) => new URL(exchange.request.uri).pathname.split('/')[3];
const request = (fields: Partial<ModelRequest>): ModelRequest => ({ messages: [], providerOptions: {}, stream: false, ...fields });
const codec = () => loadNativeCodec(amazon.native!, 'amazon') as Promise<NativeCodec>;
const infoOf = (exchange: RecordedExchange) => amazon.resolveModel(parseModelId(readRecordedModelId(exchange)))!;

/** Decodes a recorded event-stream body as botocore does (frames fed in odd pieces), to each `chunk`'s model JSON. */
async function decodeChunks(body: Uint8Array): Promise<Json[]> {
  const messages = await collectStream(chunkedStream(body, [5, 97, 1024]).pipeThrough(createEventStreamDecoder()));
  expect(messages.every((message) => readStringHeader(message, ':message-type') === 'event')).toBe(true);
  expect(messages.every((message) => readStringHeader(message, ':event-type') === 'chunk')).toBe(true);
  return messages.map((message) => {
    const payload = JSON.parse(new TextDecoder().decode(message.payload)) as { bytes: string; p?: string };
    return JSON.parse(new TextDecoder().decode(convertBase64ToBytes(payload.bytes))) as Json;
  });
}

/** Streams a recorded body through the codec's parser: every part, in order. */
async function streamParts(exchange: RecordedExchange): Promise<ModelStreamPart[]> {
  const parser = (await codec()).createStreamParser({ headers: readRecordedHeaders(exchange) });
  const parts = (await decodeChunks(exchange.response.body)).flatMap((chunk) => parser.parse(chunk));
  return [...parts, ...(parser.flush?.() ?? [])];
}

const joined = (parts: ModelStreamPart[], type: 'text-delta' | 'reasoning-delta') =>
  parts.flatMap((part) => (part.type === type ? [(part as { text: string }).text] : [])).join('');
const lastUsage = (parts: ModelStreamPart[]) => parts.filter((part) => part.type === 'usage').at(-1) as { usage: Json } | undefined;

const weatherTool = {
  name: 'get_current_weather',
  description: 'Get the current weather in a given location.',
  inputSchema: { type: 'object', properties: { location: { type: 'string', description: 'The name of the city' } }, required: ['location'] },
};

describe('recorded Nova native InvokeModel (opentelemetry-python-contrib)', () => {
  it('test_invoke_model_with_content: our body is the recorded one but for the max-tokens spelling; the answer decodes', async () => {
    const [exchange] = otel('test_invoke_model_with_content[amazon.nova]');
    expect([readRecordedModelId(exchange!), operation(exchange!)]).toEqual(['amazon.nova-micro-v1:0', 'invoke']);
    const recorded = JSON.parse(exchange!.request.body!) as Json;
    const ours = (await codec()).prepareRequest(
      request({ messages: [{ role: 'user', content: 'Say this is a test' }], maxTokens: 10, temperature: 0.8, topP: 1, stopSequences: ['|'] }),
      infoOf(exchange!),
    ).body as Json;
    expect(ours.schemaVersion).toBe(recorded.schemaVersion);
    expect(ours.messages).toEqual(recorded.messages);
    // The recording used the early sample spelling `max_new_tokens` (the service read it: 10 tokens out);
    // we send `maxTokens`, the request-schema page's name (its use is shown by the openllmetry recording below).
    const { max_new_tokens: recordedMax, ...recordedRest } = recorded.inferenceConfig as Json;
    const { maxTokens: ourMax, ...ourRest } = ours.inferenceConfig as Json;
    expect(ourMax).toBe(recordedMax);
    expect(ourRest).toEqual(recordedRest);
    expect(Object.keys(ours).sort()).toEqual(Object.keys(recorded).sort());

    const parsed = (await codec()).parseResponse(JSON.parse(new TextDecoder().decode(exchange!.response.body)), { headers: readRecordedHeaders(exchange!) });
    expect(parsed.content).toEqual([{ type: 'text', text: "Certainly, here's a test:\n\n---\n\n**" }]);
    expect(parsed.finishReason).toBe('length');
    expect(parsed.usage).toMatchObject({ inputTokens: 5, outputTokens: 10, totalTokens: 15 });
  });

  it('test_invoke_model_with_content_tool_call: two tool uses after <thinking>, then the answer to the two results', async () => {
    const [first, second] = otel('test_invoke_model_with_content_tool_call[amazon.nova]');
    expect(readRecordedModelId(first!)).toBe('amazon.nova-micro-v1:0');
    const nova = await codec();
    const question = 'What is the weather in Seattle and San Francisco today? Please expect one tool call for Seattle and one for San Francisco';

    const recordedFirst = JSON.parse(first!.request.body!) as Json;
    const oursFirst = nova.prepareRequest(request({ messages: [{ role: 'user', content: question }], maxTokens: 1000, tools: [weatherTool] }), infoOf(first!)).body as Json;
    expect(oursFirst.messages).toEqual(recordedFirst.messages);
    expect(oursFirst.toolConfig.tools).toEqual(recordedFirst.toolConfig.tools);

    const answer = nova.parseResponse(JSON.parse(new TextDecoder().decode(first!.response.body)), { headers: readRecordedHeaders(first!) });
    expect(answer.finishReason).toBe('tool-calls');
    expect(answer.content.filter((part) => part.type === 'tool-call')).toEqual([
      { type: 'tool-call', id: 'a385bacb-2011-4f60-b0d3-1455602f4438', name: 'get_current_weather', input: { location: 'Seattle' } },
      { type: 'tool-call', id: '9b02c6fa-4676-4ab5-b2e4-015e86994df7', name: 'get_current_weather', input: { location: 'San Francisco' } },
    ]);
    // Nova 1 writes its chain of thought in <thinking> tags: reasoning, not answer text.
    const reasoning = answer.content.find((part) => part.type === 'reasoning') as { text: string } | undefined;
    expect(reasoning?.text).toMatch(/^ ?To provide the current weather in both Seattle and San Francisco/);
    expect(answer.content.some((part) => part.type === 'text' && /<thinking>/.test((part as { text: string }).text))).toBe(false);
    expect(answer.usage).toMatchObject({ inputTokens: 427, outputTokens: 162, totalTokens: 589 });

    // Round two: the recorded history holds the assistant turn and both results as `json` blocks.
    const recordedSecond = JSON.parse(second!.request.body!) as Json;
    const results = recordedSecond.messages[2].content as Json[];
    expect(results.map((block) => block.toolResult.toolUseId)).toEqual(['a385bacb-2011-4f60-b0d3-1455602f4438', '9b02c6fa-4676-4ab5-b2e4-015e86994df7']);
    const oursSecond = nova.prepareRequest(
      request({
        maxTokens: 1000,
        tools: [weatherTool],
        messages: [
          { role: 'user', content: question },
          { role: 'assistant', content: answer.content },
          {
            role: 'user',
            content: [
              { type: 'tool-result', id: 'a385bacb-2011-4f60-b0d3-1455602f4438', name: 'get_current_weather', output: { weather: '50 degrees and raining' } },
              { type: 'tool-result', id: '9b02c6fa-4676-4ab5-b2e4-015e86994df7', name: 'get_current_weather', output: { weather: '70 degrees and sunny' } },
            ],
          },
        ],
      }),
      infoOf(second!),
    ).body as Json;
    // The tool uses go back as recorded (ID, name, input); the results carry the same IDs and values.
    const toolUses = (messages: Json[]) => messages[1]!.content.filter((block: Json) => block.toolUse).map((block: Json) => block.toolUse);
    expect(toolUses(oursSecond.messages)).toEqual(toolUses(recordedSecond.messages));
    const ourResults = oursSecond.messages[2].content as Json[];
    expect(ourResults.map((block) => block.toolResult.toolUseId)).toEqual(results.map((block) => block.toolResult.toolUseId));
    expect(JSON.stringify(ourResults)).toContain('50 degrees and raining');

    const final = nova.parseResponse(JSON.parse(new TextDecoder().decode(second!.response.body)), { headers: readRecordedHeaders(second!) });
    expect(final.finishReason).toBe('stop');
    const text = final.content.filter((part) => part.type === 'text').map((part) => (part as { text: string }).text).join('');
    expect(text.trim()).toBe('The current weather in Seattle is 50 degrees and it is raining. In San Francisco, the weather is 70 degrees and sunny.');
    expect(final.usage).toMatchObject({ inputTokens: 566, outputTokens: 60, totalTokens: 626 });
  });
});

describe('recorded Nova native InvokeModelWithResponseStream (opentelemetry-python-contrib)', () => {
  it('test_invoke_model_with_response_stream_with_content: one block per delta, joined to one text; max_tokens is length', async () => {
    const [exchange] = otel('test_invoke_model_with_response_stream_with_content[amazon.nova]');
    expect([readRecordedModelId(exchange!), operation(exchange!)]).toEqual(['amazon.nova-micro-v1:0', 'invoke-with-response-stream']);
    const chunks = await decodeChunks(exchange!.response.body);
    // What the service really sends: a start/stop pair per text delta, indexes 0..9.
    expect(chunks.filter((chunk) => chunk.contentBlockStop).map((chunk) => chunk.contentBlockStop.contentBlockIndex)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const parts = await streamParts(exchange!);
    expect(joined(parts, 'text-delta')).toBe("It sounds like you're initiating a message or");
    expect(parts.filter((part) => part.type === 'finish')).toEqual([{ type: 'finish', finishReason: 'length' }]);
    expect(parts.some((part) => part.type === 'block-end')).toBe(false); // text blocks join into one part
    expect(lastUsage(parts)?.usage).toMatchObject({ inputTokens: 5, outputTokens: 10, totalTokens: 15 });
  });

  it('test_invoke_model_with_response_stream_with_content_tool_call: <thinking> split across deltas, two tool calls at blocks 22 and 24', async () => {
    const [first, second] = otel('test_invoke_model_with_response_stream_with_content_tool_call[amazon.nova]');
    const parts = await streamParts(first!);
    expect(joined(parts, 'reasoning-delta').trim()).toBe(
      'The User has requested the current weather in Seattle and San Francisco. I need to use the "get_current_weather" tool for each city separately. I will make two tool calls, one for each city.',
    );
    expect(joined(parts, 'text-delta').trim()).toBe('');
    expect(parts.filter((part) => part.type === 'tool-call-start')).toEqual([
      { type: 'tool-call-start', id: '3cd5c4df-1540-4fed-933f-707f9ca8286c', name: 'get_current_weather' },
      { type: 'tool-call-start', id: '2e97e0b0-bef4-4d65-9774-e61de7bc454c', name: 'get_current_weather' },
    ]);
    expect(parts.filter((part) => part.type === 'tool-call-delta')).toEqual([
      { type: 'tool-call-delta', id: '3cd5c4df-1540-4fed-933f-707f9ca8286c', inputDelta: '{"location":"Seattle"}' },
      { type: 'tool-call-delta', id: '2e97e0b0-bef4-4d65-9774-e61de7bc454c', inputDelta: '{"location":"San Francisco"}' },
    ]);
    expect(parts.filter((part) => part.type === 'block-end')).toHaveLength(2);
    expect(parts.filter((part) => part.type === 'finish')).toEqual([{ type: 'finish', finishReason: 'tool-calls' }]);
    expect(lastUsage(parts)?.usage).toMatchObject({ inputTokens: 427, outputTokens: 156, totalTokens: 583 });

    const answer = await streamParts(second!);
    expect(joined(answer, 'reasoning-delta').trim()).toBe('The tool has returned the current weather for both Seattle and San Francisco. Now I will provide the User with the information.');
    expect(joined(answer, 'text-delta').trim()).toBe('The current weather in Seattle is 50 degrees and raining. The current weather in San Francisco is 70 degrees and sunny.');
    expect(answer.filter((part) => part.type === 'finish')).toEqual([{ type: 'finish', finishReason: 'stop' }]);
    expect(lastUsage(answer)?.usage).toMatchObject({ inputTokens: 568, outputTokens: 56, totalTokens: 624 });
  });
});

describe('recorded Nova native exchanges (openllmetry)', () => {
  it('test_nova_cross_region_invoke: the us. profile; maxTokens (our spelling) and topK were honoured; compact body as received', async () => {
    const [exchange] = fixture('openllmetry', 'test_nova_cross_region_invoke');
    expect([readRecordedModelId(exchange!), operation(exchange!)]).toEqual(['us.amazon.nova-lite-v1:0', 'invoke']);
    const info = infoOf(exchange!);
    expect(info.baseModelId).toBe('amazon.nova-lite-v1:0');
    const recorded = JSON.parse(exchange!.request.body!) as Json;
    // No schemaVersion in this request: the service accepted it without one (we always send it).
    expect(recorded.schemaVersion).toBeUndefined();
    const ours = (await codec()).prepareRequest(
      request({
        messages: [{ role: 'user', content: 'Tell me a joke about OpenTelemetry' }],
        maxTokens: 500,
        topP: 0.9,
        temperature: 0.7,
        additionalModelRequestFields: { inferenceConfig: { topK: 20 } },
      }),
      info,
    ).body as Json;
    expect(ours.messages).toEqual(recorded.messages);
    expect(ours.inferenceConfig).toEqual(recorded.inferenceConfig);
    expect(ours.schemaVersion).toBe('messages-v1');

    const parsed = (await codec()).parseResponse(JSON.parse(new TextDecoder().decode(exchange!.response.body)), { headers: readRecordedHeaders(exchange!) });
    expect(parsed.finishReason).toBe('stop');
    const text = (parsed.content[0] as { text: string }).text;
    expect(text.startsWith("Sure, here's a joke for you:\n\nWhy did the OpenTelemetry developer bring a ladder to work?")).toBe(true);
    expect(parsed.usage).toMatchObject({ inputTokens: 7, outputTokens: 53, totalTokens: 60 });
  });

  it('test_nova_invoke_stream: a guardrail that anonymised text marks deltas and the last chunk INTERVENED, never the messageStop', async () => {
    const [exchange] = fixture('openllmetry', 'test_nova_invoke_stream');
    expect([readRecordedModelId(exchange!), operation(exchange!)]).toEqual(['amazon.nova-lite-v1:0', 'invoke-with-response-stream']);
    const chunks = await decodeChunks(exchange!.response.body);
    expect(chunks.at(-1)!['amazon-bedrock-guardrailAction']).toBe('INTERVENED');
    expect(chunks.find((chunk) => chunk.messageStop)).toEqual({ messageStop: { stopReason: 'end_turn' } });
    const parts = await streamParts(exchange!);
    const text = joined(parts, 'text-delta');
    expect(text).toMatch(/^On their first night in the wilderness, the friends gathered around the campfire/);
    expect(text).toContain(' {Account Number}'); // the masked value, not 1234561666
    expect(text).not.toContain('1234561666');
    // The family parser maps the messageStop it sees; the facade reads the platform's flag (next test).
    expect(parts.filter((part) => part.type === 'finish')).toEqual([{ type: 'finish', finishReason: 'stop' }]);
    expect(lastUsage(parts)?.usage).toMatchObject({ inputTokens: 30, outputTokens: 55, totalTokens: 85 });
  });
});

describe('recorded Nova native streams replayed through the facade (emulator, real sockets)', () => {
  const { context } = useTestEmulator(() => startEmulator());
  const bedrock = (): Bedrock => createBedrock({ endpoint: context.emulator.url, apiKey: emulatorApiKey, families: [amazon] });

  it('test_nova_invoke_stream: the guardrail intervention ends the answer as content-filter; the masked text is kept', async () => {
    const [exchange] = fixture('openllmetry', 'test_nova_invoke_stream');
    context.emulator.enqueue({ recorded: exchange! });
    const result = bedrock().streamText({ model: 'amazon.nova-lite-v1:0', prompt: 'A camping trip', temperature: 0.7, topP: 0.9 });
    const { text, finishReason, usage, api } = await result.result;
    expect(text).toMatch(/^On their first night in the wilderness/);
    expect(text).toContain('{Account Number}');
    expect([api, finishReason]).toEqual(['invoke', 'content-filter']);
    expect(usage).toMatchObject({ inputTokens: 30, outputTokens: 55 });
    expect(context.emulator.requests[0]!.path).toMatch(/\/invoke-with-response-stream$/);
  });

  it('test_invoke_model_with_response_stream_with_content: the stream the service sent, as a caller reads it', async () => {
    const [exchange] = otel('test_invoke_model_with_response_stream_with_content[amazon.nova]');
    context.emulator.enqueue({ recorded: exchange! });
    const result = bedrock().streamText({ model: 'amazon.nova-micro-v1:0', prompt: 'Say this is a test', maxTokens: 10, temperature: 0.8, topP: 1, stopSequences: ['|'] });
    const { text, finishReason, usage, api } = await result.result;
    expect(text).toBe("It sounds like you're initiating a message or");
    expect([api, finishReason]).toEqual(['invoke', 'length']);
    expect(usage).toMatchObject({ inputTokens: 5, outputTokens: 10, totalTokens: 15 });
    const sent = context.emulator.requests[0]!.body as Json;
    expect(sent.messages).toEqual((JSON.parse(exchange!.request.body!) as Json).messages);
  });
});

/** A dd-apm-test-agent VCR cassette of `__fixtures__/dd-trace-js/`. */
const readTestAgentCassette = (name: string): RecordedExchange =>
  readTestAgentCassetteFile(fileURLToPath(new URL(`./__fixtures__/dd-trace-js/${name}.json`, import.meta.url)));

describe('recorded Nova Pro native exchanges with a system prompt (dd-trace-js)', () => {
  const invoked = readTestAgentCassette('bedrock-runtime_model_amazon.nova-pro-v1_0_invoke_post_2a1250cf');
  const streamed = readTestAgentCassette('bedrock-runtime_model_amazon.nova-pro-v1_0_invoke-with-response-stream_post_da7ae361');

  it('our body has the recorded system, messages and inferenceConfig (topK through additionalModelRequestFields)', async () => {
    for (const exchange of [invoked, streamed]) {
      expect(readRecordedModelId(exchange)).toBe('amazon.nova-pro-v1:0');
      const recorded = JSON.parse(exchange.request.body!) as Json;
      const ours = (await codec()).prepareRequest(
        request({
          system: 'Please respond with one sentence.',
          messages: [{ role: 'user', content: 'What is the capital of France?' }],
          maxTokens: 512,
          topP: 0.1,
          temperature: 0.5,
          additionalModelRequestFields: { inferenceConfig: { topK: 20 } },
        }),
        infoOf(exchange),
      ).body as Json;
      expect({ ...ours, schemaVersion: undefined }).toEqual(recorded); // the recorded body has no schemaVersion
    }
  });

  it('InvokeModel: the answer as received (242 bytes), end_turn, usage', async () => {
    expect(invoked.response.body.byteLength).toBe(Number(invoked.response.headers['content-length']![0]));
    const parsed = (await codec()).parseResponse(JSON.parse(new TextDecoder().decode(invoked.response.body)), { headers: readRecordedHeaders(invoked) });
    expect(parsed).toMatchObject({ content: [{ type: 'text', text: 'The capital of France is Paris.' }], finishReason: 'stop', usage: { inputTokens: 13, outputTokens: 7, totalTokens: 20 } });
  });

  it('InvokeModelWithResponseStream: three one-delta blocks join into one text', async () => {
    const parts = await streamParts(streamed);
    expect(joined(parts, 'text-delta')).toBe('The capital city of France is Paris.');
    expect(parts.filter((part) => part.type === 'finish')).toEqual([{ type: 'finish', finishReason: 'stop' }]);
    expect(lastUsage(parts)?.usage).toMatchObject({ inputTokens: 13, outputTokens: 8, totalTokens: 21 });
  });
});
