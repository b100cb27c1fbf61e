import { ServiceError } from '@bedrock-kit/core';
import { readCassette } from '@bedrock-kit/test-utils';
import { describe, expect, it } from 'vitest';
import { nativeCodec } from './anthropic-native-codec';
import { mapAnthropicStopReason } from './map-anthropic-stop-reason';

const parse = (body: unknown, headers: Record<string, string> = {}) => nativeCodec.parseResponse(body, { headers: new Headers(headers) });

function recordedResponse(source: 'openllmetry' | 'pydantic-ai', name: string, index = 0) {
  const { response } = readCassette(source, name)[index]!;
  const headers = new Headers();
  for (const [key, values] of Object.entries(response.headers)) headers.set(key, values.join(','));
  const body = response.parsedBody ?? new TextDecoder().decode(response.body);
  return nativeCodec.parseResponse(body, { headers });
}

describe('parseResponse: recorded InvokeModel answers', () => {
  it('openllmetry test_anthropic_3_completion_string_content', () => {
    expect(recordedResponse('openllmetry', 'test_anthropic_3_completion_string_content')).toEqual({
      content: [{ type: 'text', text: 'Why did the distributed trace cross the road? To get to the other service!' }],
      finishReason: 'stop',
      usage: { inputTokens: 16, outputTokens: 19, totalTokens: 35 },
    });
  });

  it('openllmetry test_invoke_model_cache_tokens: a cache write, then a cache read, input excluding both', () => {
    const write = recordedResponse('openllmetry', 'test_invoke_model_cache_tokens', 0);
    const read = recordedResponse('openllmetry', 'test_invoke_model_cache_tokens', 1);
    expect(write.finishReason).toBe('length');
    expect(write.usage).toEqual({ inputTokens: 4, outputTokens: 50, cacheReadTokens: 0, cacheWriteTokens: 18131, totalTokens: 18185 });
    expect(read.usage).toEqual({ inputTokens: 4, outputTokens: 50, cacheReadTokens: 18131, cacheWriteTokens: 0, totalTokens: 18185 });
    expect(write.content[0]).toMatchObject({ type: 'text', text: expect.stringContaining('JavaScript') });
  });

  it('pydantic-ai test_mid_conversation_system_prompt_on_bedrock (Opus 4.8, newer usage fields)', () => {
    const result = recordedResponse('pydantic-ai', 'test_mid_conversation_system_prompt_on_bedrock');
    expect(result.finishReason).toBe('stop');
    expect(result.usage).toEqual({ inputTokens: 68, outputTokens: 508, cacheReadTokens: 0, cacheWriteTokens: 0, totalTokens: 576 });
    expect(result.content).toHaveLength(1);
    expect(result.content[0]).toMatchObject({ type: 'text', text: expect.stringMatching(/^I'll set aside that instruction/) });
  });
});

describe('parseResponse: content blocks', () => {
  it('decodes tool_use, thinking with its signature, redacted thinking, and accepts a JSON string body', () => {
    const body = {
      content: [
        { type: 'thinking', thinking: 'Let me look.', signature: 'c2ln' },
        { type: 'redacted_thinking', data: 'EtkECkgIBxAB' },
        { type: 'text', text: 'Checking.' },
        { type: 'tool_use', id: 'toolu_1', name: 'weather', input: { city: 'Paris' } },
        { type: 'server_tool_use', id: 'srv', name: 'web_search', input: {} },
      ],
      stop_reason: 'tool_use',
      usage: { input_tokens: 10, output_tokens: 20 },
    };
    const result = parse(JSON.stringify(body));
    expect(result.content).toEqual([
      { type: 'reasoning', text: 'Let me look.', signature: 'c2ln' },
      // Converse form: the same bytes Converse would return as redactedContent
      { type: 'reasoning', text: '', redacted: btoa('EtkECkgIBxAB') },
      { type: 'text', text: 'Checking.' },
      { type: 'tool-call', id: 'toolu_1', name: 'weather', input: { city: 'Paris' } },
    ]);
    expect(result.finishReason).toBe('tool-calls');
    expect(result.usage.totalTokens).toBe(30);
  });

  it('collects citations from text blocks; only character locations give offsets', () => {
    const result = parse({
      content: [
        {
          type: 'text',
          text: 'The grass is green.',
          citations: [
            { type: 'char_location', cited_text: 'The grass is green.', document_index: 0, document_title: 'Facts', start_char_index: 0, end_char_index: 20 },
            { type: 'page_location', cited_text: 'Sky', document_index: 1, start_page_number: 1, end_page_number: 2 },
          ],
        },
      ],
      stop_reason: 'end_turn',
      usage: { input_tokens: 1, output_tokens: 1 },
    });
    expect(result.citations).toEqual([
      { citedText: 'The grass is green.', documentIndex: 0, documentName: 'Facts', start: 0, end: 20 },
      { citedText: 'Sky', documentIndex: 1 },
    ]);
  });

  it('skips malformed citation entries instead of failing the answer', () => {
    const result = parse({
      content: [{ type: 'text', text: 'Green.', citations: [null, 'x', { type: 'char_location', cited_text: 'Green.', document_index: 0, start_char_index: 0, end_char_index: 6 }] }],
      stop_reason: 'end_turn',
    });
    expect(result.content).toEqual([{ type: 'text', text: 'Green.' }]);
    expect(result.citations).toEqual([{ citedText: 'Green.', documentIndex: 0, start: 0, end: 6 }]);
  });

  it('falls back to the X-Amzn-Bedrock token-count headers when the body has no usage', () => {
    const result = parse(
      { content: [], stop_reason: 'end_turn' },
      { 'X-Amzn-Bedrock-Input-Token-Count': '7', 'X-Amzn-Bedrock-Output-Token-Count': '3', 'X-Amzn-Bedrock-Cache-Read-Input-Token-Count': '100' },
    );
    expect(result.usage).toEqual({ inputTokens: 7, outputTokens: 3, cacheReadTokens: 100, totalTokens: 110 });
  });

  it('reports a guardrail intervention as content-filter', () => {
    const result = parse({ content: [{ type: 'text', text: 'Sorry.' }], stop_reason: 'end_turn', 'amazon-bedrock-guardrailAction': 'INTERVENED' });
    expect(result.finishReason).toBe('content-filter');
  });

  it('throws a ServiceError for a body that is not a Messages response', () => {
    expect(() => parse({ message: 'nope' })).toThrow(ServiceError);
    expect(() => parse('not json')).toThrow(/no content array/);
  });
});

describe('mapAnthropicStopReason', () => {
  it.each([
    ['end_turn', 'stop'],
    ['stop_sequence', 'stop'],
    ['max_tokens', 'length'],
    ['model_context_window_exceeded', 'length'],
    ['tool_use', 'tool-calls'],
    ['refusal', 'content-filter'],
    ['guardrail_intervened', 'content-filter'],
    ['pause_turn', 'other'],
    [null, 'other'],
    ['something_new', 'other'],
  ])('%s → %s', (reason, expected) => {
    expect(mapAnthropicStopReason(reason)).toBe(expected);
  });
});
