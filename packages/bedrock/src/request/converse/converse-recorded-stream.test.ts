import { beforeAll, describe, expect, it } from 'vitest';
import { loadExtendedCode } from '../extended/load-extended-code';
import { createStreamAccumulator, type Message, type ModelRequest, type StreamEvent } from '@bedrock-kit/core';
import { createEventStreamDecoder, readStringHeader } from '@bedrock-kit/eventstream';
import { chunkedStream, collectStream } from '@bedrock-kit/test-utils';
import { convertToConverseRequest } from './convert-to-converse-request';
import { createConverseStreamMapper } from './create-converse-stream-mapper';
import { normalizeRecordedBody, readRecordedConverse } from './converse-recorded.fixtures';

// Round two's request features are code loaded on use: a call loads it before it is prepared (prepare-call).
beforeAll(() => loadExtendedCode());

const request = (messages: Message[], extra: Partial<ModelRequest> = {}): ModelRequest => ({
  messages,
  providerOptions: {},
  stream: true,
  ...extra,
});

/** Decodes the recorded bytes (in uneven chunks) and runs every event through the mapper and the shared accumulator. */
async function replay(bytes: Uint8Array) {
  const messages = await collectStream(chunkedStream(bytes, [7, 300, 1, 64]).pipeThrough(createEventStreamDecoder()));
  const mapper = createConverseStreamMapper();
  const accumulator = createStreamAccumulator();
  const events: StreamEvent[] = [];
  const eventTypes: string[] = [];
  for (const message of messages) {
    expect(readStringHeader(message, ':message-type')).toBe('event');
    const eventType = readStringHeader(message, ':event-type')!;
    eventTypes.push(eventType);
    const payload: unknown = JSON.parse(new TextDecoder().decode(message.payload));
    for (const part of mapper.map(eventType, payload)) events.push(...accumulator.push(part));
  }
  events.push(...accumulator.end());
  return { eventTypes, events, result: accumulator.snapshot() };
}

const textOf = (events: StreamEvent[]) => events.flatMap((e) => (e.type === 'text-delta' ? [e.text] : [])).join('');

describe('recorded ConverseStream exchanges', () => {
  it('test_bedrock_model_stream (Nova Micro): text, stop, usage', async () => {
    const [exchange] = readRecordedConverse('pydantic-ai', 'test_bedrock_model_stream');
    const { body } = convertToConverseRequest(
      request([{ role: 'user', content: 'What is the capital of France?' }], { system: 'You are a helpful chatbot.', temperature: 0 }),
    );
    expect(body).toStrictEqual(normalizeRecordedBody(exchange!.requestBody));
    const { eventTypes, events, result } = await replay(exchange!.responseBytes);
    expect(eventTypes).toHaveLength(33);
    expect(result.text).toMatch(/^The capital of France is Paris\. Paris is not only the capital city but also the most populous city in France/);
    expect(result.text).toMatch(/"The City of Light" or "The City of Love\."$/);
    expect(textOf(events)).toBe(result.text);
    expect(result.content).toHaveLength(1);
    expect(result.finishReason).toBe('stop');
    expect(result.usage).toEqual({ inputTokens: 13, outputTokens: 82, totalTokens: 95 });
    // The metadata event's metrics ride on the finish event (API.md "Results").
    expect(events.at(-1)).toEqual({ type: 'finish', finishReason: 'stop', usage: result.usage, providerMetadata: { bedrock: result.providerMetadata } });
    expect(result.providerMetadata?.latencyMs).toEqual(expect.any(Number));
  });

  it('test_bedrock_model_thinking_part_stream (Claude Sonnet 4): reasoning text with its signature, then text', async () => {
    const [exchange] = readRecordedConverse('pydantic-ai', 'test_bedrock_model_thinking_part_stream');
    const { body } = convertToConverseRequest(
      request([{ role: 'user', content: 'Hello' }], { additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 1024 } } }),
    );
    expect(body).toStrictEqual(normalizeRecordedBody(exchange!.requestBody));
    const { events, result } = await replay(exchange!.responseBytes);
    expect(result.content.map((p) => p.type)).toEqual(['reasoning', 'text']);
    expect(result.content[0]).toEqual({
      type: 'reasoning',
      text: 'The user has greeted me with a simple "Hello". I should respond in a friendly and welcoming manner. This is a straightforward greeting, so I\'ll respond warmly and ask how I can help them today.',
      signature: expect.stringMatching(/^Eu0CCkgIBxABGAIqQJDccbDQkr81n7QjZ0Fi43umSvw0/),
    });
    expect(events.filter((e) => e.type === 'reasoning-delta')).toHaveLength(14);
    expect(result.text).toBe("Hello! It's nice to meet you. How can I help you today?");
    expect(result.usage).toEqual({ inputTokens: 36, outputTokens: 73, totalTokens: 109 });
    expect(result.finishReason).toBe('stop');
  });

  it('test_bedrock_model_thinking_part_redacted_stream (Claude 3.7): two redacted blocks kept whole, then text', async () => {
    const [exchange] = readRecordedConverse('pydantic-ai', 'test_bedrock_model_thinking_part_redacted_stream');
    const { body } = convertToConverseRequest(
      request([{ role: 'user', content: exchange!.requestBody.messages[0].content[0].text }], {
        additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 1024 } },
      }),
    );
    expect(body).toStrictEqual(normalizeRecordedBody(exchange!.requestBody));
    const { result } = await replay(exchange!.responseBytes);
    expect(result.content.map((p) => p.type)).toEqual(['reasoning', 'reasoning', 'text']);
    const [first, second] = result.content as { text: string; redacted?: string }[];
    expect(first!.text).toBe('');
    expect(first!.redacted).toMatch(/^RXRrRUNrZ0lCeEFCR0FJcVFKVGZxUy9QWXVBRlplT2xzNlI4dUdOMDE0WU5UN1lESUZ1aE55eXdvWDFDamY5b0lZ/);
    expect(second!.redacted).toMatch(/^RXFBRENrZ0lCeEFCR0FJcVFCM2g1R3lISkQ0aG9jUmNoVXEySTQwQ2hSTGRweGpW/);
    // The redacted data is sent back unchanged on the next turn.
    const followUp = convertToConverseRequest(
      request([
        { role: 'user', content: 'x' },
        { role: 'assistant', content: result.content },
        { role: 'user', content: 'y' },
      ]),
    );
    expect(followUp.body.messages[1]!.content[0]).toEqual({ reasoningContent: { redactedContent: first!.redacted } });
    expect(result.text).toMatch(/^I notice you've sent what appears to be some kind of command or trigger string/);
    expect(result.text).toMatch(/What would you like to talk about today\?$/);
    expect(result.usage).toEqual({ inputTokens: 92, outputTokens: 253, totalTokens: 345 });
  });

  it('test_bedrock_model_stream_empty_text_delta (gpt-oss-120b): empty delta ignored, reasoning then text', async () => {
    const [exchange] = readRecordedConverse('pydantic-ai', 'test_bedrock_model_stream_empty_text_delta');
    const { body } = convertToConverseRequest(request([{ role: 'user', content: 'Hi' }]));
    expect(body).toStrictEqual(normalizeRecordedBody(exchange!.requestBody));
    const { events, result } = await replay(exchange!.responseBytes);
    expect(events.filter((e) => e.type === 'text-delta').map((e) => (e as { text: string }).text)).toEqual([
      'Hello! How can I help',
      ' you today?',
    ]);
    expect(result.content).toEqual([
      {
        type: 'reasoning',
        text: 'The user just says "Hi". We need to respond appropriately, friendly greeting. No special instructions. Should be short.',
      },
      { type: 'text', text: 'Hello! How can I help you today?' },
    ]);
    expect(result.usage).toEqual({ inputTokens: 70, outputTokens: 43, totalTokens: 113 });
    expect(result.finishReason).toBe('stop');
  });

  it('test_anthropic_converse_stream_with_tool_use (openllmetry, Claude 3 Sonnet): text then a streamed tool call', async () => {
    const [exchange] = readRecordedConverse('openllmetry', 'test_anthropic_converse_stream_with_tool_use');
    const { body } = convertToConverseRequest(
      request([{ role: 'user', content: 'What is the weather in Barcelona?' }], {
        tools: [
          {
            name: 'get_weather',
            description: 'Get the current weather for a location',
            inputSchema: { type: 'object', properties: { location: { type: 'string', description: 'The city name' } }, required: ['location'] },
          },
        ],
        maxTokens: 300,
        temperature: 0.5,
      }),
    );
    expect(body).toStrictEqual(normalizeRecordedBody(exchange!.requestBody));
    const { events, result } = await replay(exchange!.responseBytes);
    expect(result.text).toBe('Okay, let me check the weather for Barcelona using the available tool:');
    const call = { id: 'tooluse_yypYDr71TwCwByoyao4-Vg', name: 'get_weather', input: { location: 'Barcelona' } };
    expect(result.toolCalls).toEqual([call]);
    expect(events.filter((e) => e.type === 'tool-call-delta').map((e) => (e as { inputDelta: string }).inputDelta).join('')).toBe(
      '{"location": "Barcelona"}',
    );
    expect(events).toContainEqual({ type: 'tool-call', ...call });
    expect(result.finishReason).toBe('tool-calls');
    expect(result.usage).toEqual({ inputTokens: 236, outputTokens: 58, totalTokens: 294 });
  });

  it('test_meta_converse_stream (openllmetry, Llama 3.2 1B): text, trailing empty delta ignored', async () => {
    const [exchange] = readRecordedConverse('openllmetry', 'test_meta_converse_stream');
    const { body } = convertToConverseRequest(
      request([{ role: 'user', content: 'Tell me a joke about opentelemetry' }], {
        system: 'You are an app that knows about everything.',
        temperature: 0.5,
        additionalModelRequestFields: {},
      }),
    );
    expect(body).toStrictEqual(normalizeRecordedBody(exchange!.requestBody));
    const { result } = await replay(exchange!.responseBytes);
    expect(result.text).toBe(
      'Why did the OpenTelemetry metric go to therapy?\n\nBecause it was feeling a little "untracked" and had a lot of "exposed" issues to work through.',
    );
    expect(result.finishReason).toBe('stop');
    expect(result.usage).toEqual({ inputTokens: 52, outputTokens: 36, totalTokens: 88 });
  });
});
