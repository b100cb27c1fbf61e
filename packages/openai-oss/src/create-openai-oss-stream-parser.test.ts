import { describe, expect, it } from 'vitest';
import { nativeCodec } from './openai-oss-native-codec';
import { accumulate, parseAll } from '../test/stream-test-helpers';

const newParser = () => nativeCodec.createStreamParser({ headers: new Headers() });

/** One `chat.completion.chunk` with a delta, as gpt-oss streams it. */
const chunk = (delta: object, finishReason: string | null = null, extra: object = {}) => ({
  id: 'chatcmpl-1',
  object: 'chat.completion.chunk',
  created: 1754400000,
  model: 'openai.gpt-oss-20b-1:0',
  choices: [{ index: 0, delta, finish_reason: finishReason }],
  ...extra,
});
const metrics = { inputTokenCount: 20, outputTokenCount: 9, invocationLatency: 500, firstByteLatency: 100 };

describe('openai-oss native stream parser', () => {
  it('turns <reasoning> split across chunks into reasoning-delta, the rest into text-delta', () => {
    const parts = parseAll(newParser(), [
      chunk({ role: 'assistant', content: '' }),
      chunk({ content: '<reas' }),
      chunk({ content: 'oning>think' }),
      chunk({ content: '</rea' }),
      chunk({ content: 'soning>answer' }),
      chunk({}, 'stop', { 'amazon-bedrock-invocationMetrics': metrics }),
    ]);
    expect(parts).toEqual([
      { type: 'reasoning-delta', text: 'think' },
      { type: 'text-delta', text: 'answer' },
      { type: 'finish', finishReason: 'stop' },
      { type: 'usage', usage: { inputTokens: 20, outputTokens: 9, totalTokens: 29 } },
    ]);
    const result = accumulate(parts);
    expect(result.content).toEqual([
      { type: 'reasoning', text: 'think' },
      { type: 'text', text: 'answer' },
    ]);
    expect(result.text).toBe('answer');
  });

  it('keeps both the finish reason and the metrics of the final chunk', () => {
    const result = accumulate(parseAll(newParser(), [chunk({ content: 'partial' }), chunk({}, 'length', { 'amazon-bedrock-invocationMetrics': metrics })]));
    expect(result.finishReason).toBe('length');
    expect(result.usage).toEqual({ inputTokens: 20, outputTokens: 9, totalTokens: 29 });
  });

  it('reads a usage chunk, and lets the invocation metrics override it', () => {
    const parser = newParser();
    expect(parser.parse({ choices: [], usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 } })).toEqual([
      { type: 'usage', usage: { inputTokens: 5, outputTokens: 2, totalTokens: 7 } },
    ]);
    const last = parser.parse({ choices: [], 'amazon-bedrock-invocationMetrics': metrics });
    expect(accumulate([{ type: 'usage', usage: { inputTokens: 5, outputTokens: 2, totalTokens: 7 } }, ...last]).usage).toEqual({
      inputTokens: 20,
      outputTokens: 9,
      totalTokens: 29,
    });
  });

  it('streams reasoning_content deltas as reasoning', () => {
    const result = accumulate(parseAll(newParser(), [chunk({ reasoning_content: 'step ' }), chunk({ reasoning: 'two' }), chunk({ content: 'done' }, 'stop')]));
    expect(result.content).toEqual([
      { type: 'reasoning', text: 'step two' },
      { type: 'text', text: 'done' },
    ]);
  });

  it('decodes tool_calls deltas: a start the first time an index appears, then argument deltas', () => {
    const parts = parseAll(newParser(), [
      chunk({ content: 'Let me check <rea' }),
      chunk({ tool_calls: [{ index: 0, id: 'call_w', type: 'function', function: { name: 'weather', arguments: '' } }] }),
      chunk({ tool_calls: [{ index: 0, function: { arguments: '{"city":' } }] }),
      chunk({ tool_calls: [{ index: 1, id: 'call_t', function: { name: 'time', arguments: '{}' } }] }),
      chunk({ tool_calls: [{ index: 0, function: { arguments: '"Paris"}' } }] }),
      chunk({}, 'tool_calls', { 'amazon-bedrock-invocationMetrics': metrics }),
    ]);
    expect(parts.slice(0, 7)).toEqual([
      { type: 'text-delta', text: 'Let me check ' },
      { type: 'text-delta', text: '<rea' },
      { type: 'tool-call-start', id: 'call_w', name: 'weather' },
      { type: 'tool-call-delta', id: 'call_w', inputDelta: '{"city":' },
      { type: 'tool-call-start', id: 'call_t', name: 'time' },
      { type: 'tool-call-delta', id: 'call_t', inputDelta: '{}' },
      { type: 'tool-call-delta', id: 'call_w', inputDelta: '"Paris"}' },
    ]);
    // Each delta names its call, so interleaved deltas stay attributable (see the report on the accumulator).
    expect(parts.at(-2)).toEqual({ type: 'finish', finishReason: 'tool-calls' });
  });

  it('accumulates sequential parallel tool calls into complete calls', () => {
    const result = accumulate(
      parseAll(newParser(), [
        chunk({ content: 'Let me check <rea' }),
        chunk({ tool_calls: [{ index: 0, id: 'call_w', type: 'function', function: { name: 'weather', arguments: '' } }] }),
        chunk({ tool_calls: [{ index: 0, function: { arguments: '{"city":' } }] }),
        chunk({ tool_calls: [{ index: 0, function: { arguments: '"Paris"}' } }] }),
        chunk({ tool_calls: [{ index: 1, id: 'call_t', function: { name: 'time', arguments: '{}' } }] }),
        chunk({}, 'tool_calls', { 'amazon-bedrock-invocationMetrics': metrics }),
      ]),
    );
    expect(result.text).toBe('Let me check <rea');
    expect(result.finishReason).toBe('tool-calls');
    expect(result.toolCalls).toEqual([
      { id: 'call_w', name: 'weather', input: { city: 'Paris' } },
      { id: 'call_t', name: 'time', input: {} },
    ]);
    expect(result.usage).toEqual({ inputTokens: 20, outputTokens: 9, totalTokens: 29 });
  });

  it('names a tool call by its index when the delta carries no id', () => {
    const parts = newParser().parse(chunk({ tool_calls: [{ index: 2, function: { name: 'f', arguments: '{"a":1}' } }] }));
    expect(parts).toEqual([
      { type: 'tool-call-start', id: 'call_2', name: 'f' },
      { type: 'tool-call-delta', id: 'call_2', inputDelta: '{"a":1}' },
    ]);
  });

  it('releases a held-back partial tag at flush', () => {
    const parser = newParser();
    expect(parser.parse(chunk({ content: 'a <reasoni' }))).toEqual([{ type: 'text-delta', text: 'a ' }]);
    expect(parser.flush?.()).toEqual([{ type: 'text-delta', text: '<reasoni' }]);
  });

  it('ignores chunks that are not objects and deltas without content', () => {
    const parser = newParser();
    expect(parser.parse(null)).toEqual([]);
    expect(parser.parse('x')).toEqual([]);
    expect(parser.parse(chunk({ role: 'assistant', content: null }))).toEqual([]);
  });
});
