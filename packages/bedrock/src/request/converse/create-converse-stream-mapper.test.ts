import { describe, expect, it } from 'vitest';
import { createStreamAccumulator, type ModelStreamPart } from '@bedrock-kit/core';
import { createConverseStreamMapper } from './create-converse-stream-mapper';

type Event = [string, unknown];

function run(events: Event[]) {
  const mapper = createConverseStreamMapper();
  const parts: ModelStreamPart[] = events.flatMap(([type, payload]) => mapper.map(type, payload));
  const accumulator = createStreamAccumulator();
  const streamed = parts.flatMap((part) => accumulator.push(part));
  streamed.push(...accumulator.end());
  return { parts, streamed, result: accumulator.snapshot() };
}

const delta = (index: number, value: Record<string, unknown>): Event => ['contentBlockDelta', { contentBlockIndex: index, delta: value, p: 'abcdef' }];
const stop = (index: number): Event => ['contentBlockStop', { contentBlockIndex: index, p: 'ab' }];

describe('createConverseStreamMapper', () => {
  it('maps text deltas, ignores empty ones and the "p" padding, and closes blocks', () => {
    const { parts } = run([
      ['messageStart', { role: 'assistant', p: 'abc' }],
      delta(0, { text: '' }),
      delta(0, { text: 'Hel' }),
      delta(0, { text: 'lo' }),
      stop(0),
    ]);
    expect(parts).toEqual([{ type: 'text-delta', text: 'Hel' }, { type: 'text-delta', text: 'lo' }, { type: 'block-end' }]);
  });

  it('maps a tool use: start with the ID, input deltas for that ID, end', () => {
    const { parts, result } = run([
      ['contentBlockStart', { contentBlockIndex: 1, start: { toolUse: { toolUseId: 'tooluse_1', name: 'get_weather' } } }],
      delta(1, { toolUse: { input: '' } }),
      delta(1, { toolUse: { input: '{"city":' } }),
      delta(1, { toolUse: { input: '"Paris"}' } }),
      stop(1),
      ['messageStop', { stopReason: 'tool_use' }],
    ]);
    expect(parts.slice(0, 3)).toEqual([
      { type: 'tool-call-start', id: 'tooluse_1', name: 'get_weather' },
      { type: 'tool-call-delta', id: 'tooluse_1', inputDelta: '' },
      { type: 'tool-call-delta', id: 'tooluse_1', inputDelta: '{"city":' },
    ]);
    expect(result.toolCalls).toEqual([{ id: 'tooluse_1', name: 'get_weather', input: { city: 'Paris' } }]);
    expect(result.finishReason).toBe('tool-calls');
  });

  it('maps reasoning text and its signature into one reasoning part', () => {
    const { parts, result } = run([
      delta(0, { reasoningContent: { text: 'Let me ' } }),
      delta(0, { reasoningContent: { text: 'think.' } }),
      delta(0, { reasoningContent: { signature: 'c2lnbmF0dXJl' } }),
      stop(0),
      delta(1, { text: 'Answer.' }),
      stop(1),
    ]);
    expect(parts.slice(0, 3)).toEqual([
      { type: 'reasoning-delta', text: 'Let me ' },
      { type: 'reasoning-delta', text: 'think.' },
      { type: 'reasoning-signature', signature: 'c2lnbmF0dXJl' },
    ]);
    expect(result.content).toEqual([
      { type: 'reasoning', text: 'Let me think.', signature: 'c2lnbmF0dXJl' },
      { type: 'text', text: 'Answer.' },
    ]);
  });

  it('delivers each redacted reasoning block whole when it ends, joining split pieces as bytes', () => {
    const { parts, result } = run([
      delta(0, { reasoningContent: { redactedContent: 'AAEC' } }),
      stop(0),
      delta(1, { reasoningContent: { redactedContent: 'AQ==' } }),
      delta(1, { reasoningContent: { redactedContent: 'Ag==' } }),
      stop(1),
    ]);
    expect(parts).toEqual([
      { type: 'reasoning-redacted', data: 'AAEC' },
      { type: 'block-end' },
      { type: 'reasoning-redacted', data: 'AQI=' },
      { type: 'block-end' },
    ]);
    expect(result.content).toEqual([
      { type: 'reasoning', text: '', redacted: 'AAEC' },
      { type: 'reasoning', text: '', redacted: 'AQI=' },
    ]);
  });

  it('maps citation deltas to citation events', () => {
    const { streamed, result } = run([
      delta(0, { text: 'The sky is green.' }),
      delta(0, {
        citation: {
          title: 'facts',
          sourceContent: [{ text: 'The sky is green.' }],
          location: { documentChar: { documentIndex: 0, start: 4, end: 21 } },
        },
      }),
      stop(0),
    ]);
    const citation = { citedText: 'The sky is green.', documentName: 'facts', documentIndex: 0, start: 4, end: 21 };
    expect(streamed).toContainEqual({ type: 'citation', citation });
    expect(result.citations).toEqual([citation]);
  });

  it('maps messageStop to finish and metadata usage (with cache tokens) to usage', () => {
    const { parts, result } = run([
      delta(0, { text: 'x' }),
      ['messageStop', { stopReason: 'max_tokens' }],
      ['metadata', { usage: { inputTokens: 5, outputTokens: 6, totalTokens: 20, cacheReadInputTokens: 9 }, metrics: { latencyMs: 1 } }],
    ]);
    expect(parts.slice(1)).toEqual([
      { type: 'finish', finishReason: 'length' },
      { type: 'usage', usage: { inputTokens: 5, outputTokens: 6, totalTokens: 20, cacheReadTokens: 9 } },
      { type: 'provider-metadata', metadata: { latencyMs: 1 } },
    ]);
    expect(result.usage).toEqual({ inputTokens: 5, outputTokens: 6, totalTokens: 20, cacheReadTokens: 9 });
  });

  it('ignores unknown events, unknown delta kinds, other block starts and non-object payloads', () => {
    const mapper = createConverseStreamMapper();
    expect(mapper.map('somethingNew', { a: 1 })).toEqual([]);
    expect(mapper.map('contentBlockDelta', { contentBlockIndex: 0, delta: { image: {} } })).toEqual([]);
    expect(mapper.map('contentBlockStart', { contentBlockIndex: 0, start: { image: {} } })).toEqual([]);
    expect(mapper.map('contentBlockDelta', null)).toEqual([]);
    expect(mapper.map('metadata', { metrics: {} })).toEqual([]);
  });
});
