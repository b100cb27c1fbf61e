import { createStreamAccumulator, type ModelStreamPart } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { nativeCodec } from './cohere-native-codec';

const metrics = {
  'amazon-bedrock-invocationMetrics': { inputTokenCount: 52, outputTokenCount: 9, invocationLatency: 640, firstByteLatency: 210 },
};

/** Feeds chunks through a fresh parser and the shared accumulator, as the facade does. */
function run(chunks: unknown[]) {
  const parser = nativeCodec.createStreamParser({ headers: new Headers() });
  const parts: ModelStreamPart[] = chunks.flatMap((chunk) => parser.parse(chunk));
  parts.push(...(parser.flush?.() ?? []));
  const accumulator = createStreamAccumulator();
  const events = parts.flatMap((part) => accumulator.push(part));
  events.push(...accumulator.end());
  return { parts, events, result: accumulator.snapshot() };
}

describe('Command R native stream', () => {
  it('streams text, citations and the final stop reason with usage from the metrics', () => {
    const { events, result } = run([
      { is_finished: false, event_type: 'stream-start', generation_id: 'g-1' },
      { is_finished: false, event_type: 'text-generation', text: 'The emperor' },
      { is_finished: false, event_type: 'text-generation', text: ' penguin.' },
      { is_finished: false, event_type: 'citation-generation', citations: [{ start: 4, end: 19, text: 'emperor penguin', document_ids: ['doc_0'] }] },
      {
        is_finished: true,
        event_type: 'stream-end',
        finish_reason: 'COMPLETE',
        response: { text: 'The emperor penguin.', finish_reason: 'COMPLETE', citations: [] },
        ...metrics,
      },
    ]);
    expect(result.text).toBe('The emperor penguin.');
    expect(result.citations).toEqual([{ citedText: 'emperor penguin', start: 4, end: 19, documentIndex: 0 }]);
    expect(result.finishReason).toBe('stop');
    expect(result.usage).toEqual({ inputTokens: 52, outputTokens: 9, totalTokens: 61 });
    expect(events.map((e) => e.type)).toEqual(['text-delta', 'text-delta', 'citation', 'finish']);
  });

  it('emits complete tool calls from tool-calls-generation, skipping partial tool-calls-chunk events', () => {
    const { result, parts } = run([
      { is_finished: false, event_type: 'stream-start' },
      { is_finished: false, event_type: 'tool-calls-chunk', tool_call_delta: { index: 0, name: 'get_weather' } },
      { is_finished: false, event_type: 'tool-calls-chunk', tool_call_delta: { index: 0, parameters: '{"city": "Pa' } },
      {
        is_finished: false,
        event_type: 'tool-calls-generation',
        tool_calls: [
          { name: 'get_weather', parameters: { city: 'Paris' } },
          { name: 'get_weather', parameters: { city: 'Rome' } },
        ],
      },
      { is_finished: true, event_type: 'stream-end', finish_reason: 'COMPLETE', response: { tool_calls: [{ name: 'get_weather', parameters: { city: 'Paris' } }] }, ...metrics },
    ]);
    expect(result.toolCalls).toEqual([
      { id: 'cohere-tool-0', name: 'get_weather', input: { city: 'Paris' } },
      { id: 'cohere-tool-1', name: 'get_weather', input: { city: 'Rome' } },
    ]);
    expect(result.finishReason).toBe('tool-calls');
    expect(parts.filter((p) => p.type === 'tool-call')).toHaveLength(2);
  });

  it('takes the tool calls from stream-end when no tool-calls-generation event came', () => {
    const { result } = run([
      { is_finished: true, event_type: 'stream-end', finish_reason: 'COMPLETE', response: { text: '', tool_calls: [{ name: 'lookup', parameters: { q: 'x' } }] } },
    ]);
    expect(result.toolCalls).toEqual([{ id: 'cohere-tool-0', name: 'lookup', input: { q: 'x' } }]);
    expect(result.finishReason).toBe('tool-calls');
  });

  it('keeps both the stop reason and the metrics of the final chunk', () => {
    const { parts } = run([{ is_finished: true, event_type: 'stream-end', finish_reason: 'MAX_TOKENS', ...metrics }]);
    expect(parts).toEqual([
      { type: 'finish', finishReason: 'length' },
      { type: 'usage', usage: { inputTokens: 52, outputTokens: 9 } },
    ]);
  });

  it('maps ERROR_TOXIC to content-filter', () => {
    expect(run([{ is_finished: true, event_type: 'stream-end', finish_reason: 'ERROR_TOXIC' }]).result.finishReason).toBe('content-filter');
  });

  it('ignores events it has nothing to surface for, and non-object chunks', () => {
    const { parts } = run([
      { is_finished: false, event_type: 'search-queries-generation', search_queries: [] },
      { is_finished: false, event_type: 'text-generation', text: '' },
      null,
      'noise',
    ]);
    expect(parts).toEqual([]);
  });
});

describe('legacy Command native stream', () => {
  it('streams text, drops the <EOS_TOKEN> marker and reads the final chunk', () => {
    const { result, parts } = run([
      { text: ' Why did', is_finished: false },
      { text: ' the span cross the road?', is_finished: false },
      { text: '<EOS_TOKEN>', is_finished: false },
      { is_finished: true, finish_reason: 'COMPLETE', ...metrics },
    ]);
    expect(result.text).toBe(' Why did the span cross the road?');
    expect(result.finishReason).toBe('stop');
    expect(result.usage.totalTokens).toBe(61);
    expect(parts.filter((p) => p.type === 'finish')).toHaveLength(1);
  });
});
