import { ServiceError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { mapOpenaiOssFinishReason } from './map-openai-oss-finish-reason';
import { nativeCodec } from './openai-oss-native-codec';

const parse = (body: unknown, headers: HeadersInit = {}) => nativeCodec.parseResponse(body, { headers: new Headers(headers) });

/** A chat-completions object as gpt-oss returns it from InvokeModel. */
const completion = (message: object, extra: object = {}) => ({
  id: 'chatcmpl-1',
  object: 'chat.completion',
  created: 1754400000,
  model: 'openai.gpt-oss-120b-1:0',
  choices: [{ index: 0, message: { role: 'assistant', ...message }, finish_reason: 'stop' }],
  usage: { prompt_tokens: 74, completion_tokens: 110, total_tokens: 184 },
  ...extra,
});

describe('openai-oss native response', () => {
  it('splits <reasoning> in the content into a reasoning part and the answer text', () => {
    const result = parse(completion({ content: '<reasoning>The user wants ok.</reasoning>ok' }));
    expect(result).toEqual({
      content: [
        { type: 'reasoning', text: 'The user wants ok.' },
        { type: 'text', text: 'ok' },
      ],
      finishReason: 'stop',
      usage: { inputTokens: 74, outputTokens: 110, totalTokens: 184 },
    });
  });

  it('reads reasoning_content (or reasoning) fields before the content', () => {
    expect(parse(completion({ reasoning_content: 'r', content: 'a' })).content).toEqual([
      { type: 'reasoning', text: 'r' },
      { type: 'text', text: 'a' },
    ]);
    expect(parse(completion({ reasoning: 'r2', content: 'a' })).content[0]).toEqual({ type: 'reasoning', text: 'r2' });
  });

  it('decodes tool_calls with their JSON arguments', () => {
    const body = completion({
      content: null,
      tool_calls: [
        { id: 'call_a', type: 'function', function: { name: 'weather', arguments: '{"city":"Paris"}' } },
        { id: 'call_b', type: 'function', function: { name: 'time', arguments: '' } },
        { id: 'call_c', type: 'function', function: { name: 'bad', arguments: '{"unterminated' } },
      ],
    });
    body.choices[0]!.finish_reason = 'tool_calls';
    const result = parse(body);
    expect(result.content).toEqual([
      { type: 'tool-call', id: 'call_a', name: 'weather', input: { city: 'Paris' } },
      { type: 'tool-call', id: 'call_b', name: 'time', input: {} },
      { type: 'tool-call', id: 'call_c', name: 'bad', input: '{"unterminated' },
    ]);
    expect(result.finishReason).toBe('tool-calls');
  });

  it('infers tool-calls when finish_reason is missing but tools were called', () => {
    const body = completion({ content: '', tool_calls: [{ function: { name: 'f', arguments: '{}' } }] });
    (body.choices[0] as { finish_reason?: string | null }).finish_reason = null;
    const result = parse(body);
    expect(result.finishReason).toBe('tool-calls');
    expect(result.content).toEqual([{ type: 'tool-call', id: 'call_0', name: 'f', input: {} }]);
  });

  it('falls back to the token-count headers when the body has no usage', () => {
    const body = completion({ content: 'hi' }, { usage: undefined });
    const result = parse(body, { 'X-Amzn-Bedrock-Input-Token-Count': '12', 'X-Amzn-Bedrock-Output-Token-Count': '3' });
    expect(result.usage).toEqual({ inputTokens: 12, outputTokens: 3, totalTokens: 15 });
    expect(parse(body).usage).toEqual({ inputTokens: 0, outputTokens: 0, totalTokens: 0 });
  });

  it('throws a ServiceError naming what is wrong when there is no choice', () => {
    expect(() => parse({ message: 'oops' })).toThrow(ServiceError);
    expect(() => parse({ choices: [] })).toThrow(/no choices\[0\]/);
    expect(() => parse(null)).toThrow(/not a chat-completions object/);
  });
});

describe('mapOpenaiOssFinishReason', () => {
  it.each([
    ['stop', 'stop'],
    ['length', 'length'],
    ['tool_calls', 'tool-calls'],
    ['function_call', 'tool-calls'],
    ['content_filter', 'content-filter'],
    ['something_new', 'other'],
    [undefined, 'other'],
  ])('maps %s to %s', (reason, expected) => {
    expect(mapOpenaiOssFinishReason(reason)).toBe(expected);
  });
});
