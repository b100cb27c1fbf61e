import { createStreamAccumulator, StreamError, type ModelStreamPart } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { nativeCodec } from './anthropic-native-codec';
import { readRecordedChunks } from './recorded-chunks.test-support';

/** Runs chunks through a fresh parser and the shared accumulator, as the facade does. */
function run(chunks: unknown[]) {
  const parser = nativeCodec.createStreamParser({ headers: new Headers() });
  const accumulator = createStreamAccumulator();
  const parts: ModelStreamPart[] = [];
  const events = [];
  for (const chunk of chunks) {
    const produced = parser.parse(chunk);
    parts.push(...produced);
    for (const part of produced) events.push(...accumulator.push(part));
  }
  for (const part of parser.flush?.() ?? []) events.push(...accumulator.push(part));
  events.push(...accumulator.end());
  return { parts, events, result: accumulator.snapshot() };
}

describe('stream parser: recorded InvokeModelWithResponseStream', () => {
  it('openllmetry test_anthropic_3_completion_streaming decodes to the full answer, stop and usage', async () => {
    const chunks = await readRecordedChunks('openllmetry', 'test_anthropic_3_completion_streaming');
    expect(chunks).toHaveLength(23);
    const { result, events } = run(chunks);
    expect(result.text).toBe('Why did the distributed tracing span cross the road? To get to the other service!');
    expect(result.finishReason).toBe('stop');
    expect(result.usage).toEqual({ inputTokens: 16, outputTokens: 21, totalTokens: 37 });
    expect(events.filter((e) => e.type === 'text-delta')).toHaveLength(18);
    expect(events.at(-1)).toEqual({ type: 'finish', finishReason: 'stop', usage: { inputTokens: 16, outputTokens: 21, totalTokens: 37 } });
  });

  it('reads Bedrock invocation metrics from message_stop', async () => {
    const chunks = await readRecordedChunks('openllmetry', 'test_anthropic_3_completion_streaming');
    const parser = nativeCodec.createStreamParser({ headers: new Headers() });
    expect(parser.parse(chunks.at(-1))).toEqual([{ type: 'usage', usage: { inputTokens: 16, outputTokens: 21 } }]);
  });
});

describe('stream parser: events', () => {
  it('keeps both the stop reason and the metrics when one chunk carries them', () => {
    const { parts } = run([
      {
        type: 'message_delta',
        delta: { stop_reason: 'max_tokens' },
        usage: { output_tokens: 9 },
        'amazon-bedrock-invocationMetrics': { inputTokenCount: 3, outputTokenCount: 9, cacheReadInputTokenCount: 5, cacheWriteInputTokenCount: 0 },
      },
    ]);
    expect(parts).toEqual([
      { type: 'finish', finishReason: 'length' },
      { type: 'usage', usage: { outputTokens: 9 } },
      { type: 'usage', usage: { inputTokens: 3, outputTokens: 9, cacheReadTokens: 5, cacheWriteTokens: 0 } },
    ]);
  });

  it('reads cache tokens from message_start', () => {
    const { result } = run([
      { type: 'message_start', message: { usage: { input_tokens: 4, cache_creation_input_tokens: 2000, cache_read_input_tokens: 0, output_tokens: 1 } } },
      { type: 'message_delta', delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 12 } },
    ]);
    expect(result.usage).toEqual({ inputTokens: 4, outputTokens: 12, cacheWriteTokens: 2000, cacheReadTokens: 0, totalTokens: 2016 });
  });

  it('streams thinking with its signature, then text, as separate parts', () => {
    const { result, events } = run([
      { type: 'content_block_start', index: 0, content_block: { type: 'thinking', thinking: '', signature: '' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: 'The user ' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: 'says hi.' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'signature_delta', signature: 'EqQBCkYIBxAB' } },
      { type: 'content_block_stop', index: 0 },
      { type: 'content_block_start', index: 1, content_block: { type: 'text', text: '' } },
      { type: 'content_block_delta', index: 1, delta: { type: 'text_delta', text: 'Hello!' } },
      { type: 'content_block_stop', index: 1 },
      { type: 'message_delta', delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 20 } },
    ]);
    expect(result.content).toEqual([
      { type: 'reasoning', text: 'The user says hi.', signature: 'EqQBCkYIBxAB' },
      { type: 'text', text: 'Hello!' },
    ]);
    expect(events.filter((e) => e.type === 'reasoning-delta').map((e) => (e as { text: string }).text)).toEqual(['The user ', 'says hi.']);
  });

  it('streams tool calls from input_json_delta, matched by block index even when interleaved', () => {
    const { result, events } = run([
      { type: 'content_block_start', index: 0, content_block: { type: 'tool_use', id: 'toolu_a', name: 'weather', input: {} } },
      { type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: '{"city":' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: '"Paris"}' } },
      { type: 'content_block_stop', index: 0 },
      { type: 'content_block_start', index: 1, content_block: { type: 'tool_use', id: 'toolu_b', name: 'time', input: {} } },
      { type: 'content_block_stop', index: 1 },
      { type: 'message_delta', delta: { stop_reason: 'tool_use' }, usage: { output_tokens: 30 } },
    ]);
    expect(result.toolCalls).toEqual([
      { id: 'toolu_a', name: 'weather', input: { city: 'Paris' } },
      { id: 'toolu_b', name: 'time', input: {} },
    ]);
    expect(result.finishReason).toBe('tool-calls');
    expect(events.filter((e) => e.type === 'tool-call-delta')).toEqual([
      { type: 'tool-call-delta', id: 'toolu_a', name: 'weather', inputDelta: '{"city":' },
      { type: 'tool-call-delta', id: 'toolu_a', name: 'weather', inputDelta: '"Paris"}' },
    ]);
  });

  it('emits citations from citations_delta', () => {
    const { result } = run([
      { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '', citations: [] } },
      {
        type: 'content_block_delta',
        index: 0,
        delta: { type: 'citations_delta', citation: { type: 'char_location', cited_text: 'green', document_index: 0, document_title: 'Doc', start_char_index: 4, end_char_index: 9 } },
      },
      { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'It is green.' } },
    ]);
    expect(result.citations).toEqual([{ citedText: 'green', documentIndex: 0, documentName: 'Doc', start: 4, end: 9 }]);
  });

  it('ignores ping and unknown events, and reports a guardrail intervention', () => {
    expect(run([{ type: 'ping' }, { type: 'something_new' }, 'not an object']).parts).toEqual([]);
    expect(run([{ 'amazon-bedrock-guardrailAction': 'INTERVENED', type: 'message_stop' }]).result.finishReason).toBe('content-filter');
  });

  it('throws a StreamError for an in-band error event', () => {
    const parser = nativeCodec.createStreamParser({ headers: new Headers() });
    const error = (() => {
      try {
        parser.parse({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } });
      } catch (e) {
        return e;
      }
    })();
    expect(StreamError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ errorType: 'overloaded_error', retryable: true, message: expect.stringContaining('Overloaded') });
  });
});
