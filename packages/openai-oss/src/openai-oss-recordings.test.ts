import { convertBytesToBase64, parseModelId, type ConverseRequestBody } from '@bedrock-kit/core';
import { encodeEventStreamMessage, stringHeaders } from '@bedrock-kit/eventstream';
import { readCassette } from '@bedrock-kit/test-utils';
import { describe, expect, it } from 'vitest';
import { openaiOss } from './openai-oss';
import { nativeCodec } from './openai-oss-native-codec';
import { accumulate, decodeChunkPayload, decodeEventStream, makeRequest, parseAll } from '../test/stream-test-helpers';

/** The model ID as it appears (encoded once) in a recorded request path, and the operation. */
function readUri(uri: string): { modelId: string; operation: string } {
  const [, encoded = '', operation = ''] = new URL(uri).pathname.match(/^\/model\/([^/]+)\/([^/]+)$/) ?? [];
  return { modelId: decodeURIComponent(encoded), operation };
}

describe('pydantic-ai test_bedrock_thinking_high_openai_variant (Converse)', () => {
  const [exchange] = readCassette('pydantic-ai', 'test_bedrock_thinking_high_openai_variant');
  const recordedBody = JSON.parse(exchange!.request.body!) as ConverseRequestBody;

  it('is a Converse call to gpt-oss-120b, which resolves to this family with reasoning', () => {
    const { modelId, operation } = readUri(exchange!.request.uri);
    expect(operation).toBe('converse');
    const info = openaiOss.resolveModel(parseModelId(modelId));
    expect(info).toMatchObject({ family: 'openai-oss', modelId: 'openai.gpt-oss-120b-1:0' });
    expect(info?.capabilities.reasoning).toBe(true);
  });

  it('passes reasoning_effort through additionalModelRequestFields; the Converse adapter leaves the body as recorded', () => {
    expect(recordedBody.additionalModelRequestFields).toEqual({ reasoning_effort: 'high' });
    const request = makeRequest({ messages: [{ role: 'user', content: 'Reply with the single word: ok' }], additionalModelRequestFields: { reasoning_effort: 'high' } });
    const adjusted = openaiOss.converse!.prepareRequest!(recordedBody, request, openaiOss.resolveModel(parseModelId('openai.gpt-oss-120b-1:0'))!);
    expect(adjusted).toEqual(recordedBody);
  });

  it('the same inputs give the native body the AWS mapping describes (inferenceConfig and additional fields at the top level)', () => {
    const request = makeRequest({ messages: [{ role: 'user', content: 'Reply with the single word: ok' }], additionalModelRequestFields: { reasoning_effort: 'high' } });
    const { body } = nativeCodec.prepareRequest(request, openaiOss.resolveModel(parseModelId('openai.gpt-oss-120b-1:0'))!);
    const recordedUserText = (recordedBody.messages[0]!.content[0] as { text: string }).text;
    expect(body).toEqual({ messages: [{ role: 'user', content: recordedUserText }], reasoning_effort: 'high' });
  });

  it('answers with an unsigned reasoningContent block, then text (what the facade must map to a reasoning part)', () => {
    const response = JSON.parse(new TextDecoder().decode(exchange!.response.body));
    const [reasoning, text] = response.output.message.content;
    expect(Object.keys(reasoning.reasoningContent.reasoningText)).toEqual(['text']);
    expect(reasoning.reasoningContent.reasoningText.text).toMatch(/^The user says/);
    expect(text).toEqual({ text: 'ok' });
    expect(response.stopReason).toBe('end_turn');
    expect(response.usage).toMatchObject({ inputTokens: 74, outputTokens: 110, totalTokens: 184 });
  });
});

describe('pydantic-ai test_bedrock_model_stream_empty_text_delta (ConverseStream)', () => {
  const [exchange] = readCassette('pydantic-ai', 'test_bedrock_model_stream_empty_text_delta');

  it('is a ConverseStream call to gpt-oss-120b, which resolves to this family', () => {
    const { modelId, operation } = readUri(exchange!.request.uri);
    expect(operation).toBe('converse-stream');
    expect(openaiOss.resolveModel(parseModelId(modelId))?.capabilities).toMatchObject({ reasoning: true, toolsWhileStreaming: false });
  });

  it('streams an empty text block, an unsigned reasoning block, then the answer (no contentBlockStart for either)', async () => {
    const events = await decodeEventStream(exchange!.response.body);
    expect(events.map((e) => e.eventType)).toEqual([
      'messageStart',
      'contentBlockDelta',
      'contentBlockStop',
      'contentBlockDelta',
      'contentBlockStop',
      'contentBlockDelta',
      'contentBlockDelta',
      'contentBlockStop',
      'messageStop',
      'metadata',
    ]);
    expect(events[1]!.payload.delta).toEqual({ text: '' });
    expect(Object.keys(events[3]!.payload.delta.reasoningContent)).toEqual(['text']);
    const text = events.slice(5, 7).map((e) => e.payload.delta.text).join('');
    expect(text).toBe('Hello! How can I help you today?');
    expect(events[8]!.payload.stopReason).toBe('end_turn');
    expect(events[9]!.payload.usage).toMatchObject({ inputTokens: 70, outputTokens: 43, totalTokens: 113 });
  });
});

describe('native stream through real event-stream framing (constructed, no native recording exists)', () => {
  const chunkFrame = (json: object) =>
    encodeEventStreamMessage({
      headers: stringHeaders({ ':event-type': 'chunk', ':content-type': 'application/json', ':message-type': 'event' }),
      payload: new TextEncoder().encode(JSON.stringify({ bytes: convertBytesToBase64(new TextEncoder().encode(JSON.stringify(json))) })),
    });
  const delta = (d: object, finish: string | null = null, extra: object = {}) => ({
    object: 'chat.completion.chunk',
    choices: [{ index: 0, delta: d, finish_reason: finish }],
    ...extra,
  });

  it('decodes frames → bytes → chunks → parts → result', async () => {
    const frames = [
      delta({ role: 'assistant', content: '' }),
      delta({ content: '<reasoning>The user says hi' }),
      delta({ content: '.</reasoning>\n\nHello' }),
      delta({ content: '!' }),
      delta({}, 'stop', { 'amazon-bedrock-invocationMetrics': { inputTokenCount: 70, outputTokenCount: 43, invocationLatency: 700, firstByteLatency: 200 } }),
    ].map(chunkFrame);
    const bytes = new Uint8Array(frames.reduce((n, f) => n + f.length, 0));
    frames.reduce((offset, f) => (bytes.set(f, offset), offset + f.length), 0);

    const events = await decodeEventStream(bytes);
    expect(events.every((e) => e.eventType === 'chunk')).toBe(true);
    const parser = nativeCodec.createStreamParser({ headers: new Headers() });
    const result = accumulate(parseAll(parser, events.map((e) => decodeChunkPayload(e.payload))));
    expect(result.content).toEqual([
      { type: 'reasoning', text: 'The user says hi.' },
      { type: 'text', text: 'Hello!' },
    ]);
    expect(result.finishReason).toBe('stop');
    expect(result.usage).toEqual({ inputTokens: 70, outputTokens: 43, totalTokens: 113 });
  });
});
