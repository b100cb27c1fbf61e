import { describe, expect, it } from 'vitest';
import type { ModelStreamPart } from './model-stream-part';
import { createStreamAccumulator } from './stream-accumulator';

const run = (parts: ModelStreamPart[]) => {
  const accumulator = createStreamAccumulator();
  const events = parts.flatMap((part) => accumulator.push(part));
  events.push(...accumulator.end());
  return { events, result: accumulator.snapshot() };
};

describe('createStreamAccumulator', () => {
  it('joins text deltas into one part and skips empty deltas', () => {
    const { events, result } = run([
      { type: 'text-delta', text: '' },
      { type: 'text-delta', text: 'Hel' },
      { type: 'text-delta', text: 'lo' },
      { type: 'finish', finishReason: 'stop' },
    ]);
    expect(result.content).toEqual([{ type: 'text', text: 'Hello' }]);
    expect(events.map((e) => e.type)).toEqual(['text-delta', 'text-delta', 'finish']);
  });

  it('keeps reasoning with its signature, and redacted reasoning apart', () => {
    const { result } = run([
      { type: 'reasoning-delta', text: 'think' },
      { type: 'reasoning-signature', signature: 'sig' },
      { type: 'block-end' },
      { type: 'reasoning-redacted', data: 'b64' },
      { type: 'text-delta', text: 'answer' },
    ]);
    expect(result.content).toEqual([
      { type: 'reasoning', text: 'think', signature: 'sig' },
      { type: 'reasoning', text: '', redacted: 'b64' },
      { type: 'text', text: 'answer' },
    ]);
  });

  it('assembles interleaved parallel tool calls by id', () => {
    const { events, result } = run([
      { type: 'tool-call-start', id: 'a', name: 'x' },
      { type: 'tool-call-start', id: 'b', name: 'y' },
      { type: 'tool-call-delta', id: 'a', inputDelta: '{"p":' },
      { type: 'tool-call-delta', id: 'b', inputDelta: '{"q":2}' },
      { type: 'tool-call-delta', id: 'a', inputDelta: '1}' },
      { type: 'finish', finishReason: 'tool-calls' },
    ]);
    expect(result.toolCalls).toEqual([
      { id: 'a', name: 'x', input: { p: 1 } },
      { id: 'b', name: 'y', input: { q: 2 } },
    ]);
    expect(events.filter((e) => e.type === 'tool-call')).toHaveLength(2);
    expect(events.at(-1)).toMatchObject({ type: 'finish', finishReason: 'tool-calls' });
  });

  it('treats an empty tool input as {} and keeps unparseable input as text', () => {
    const { result } = run([
      { type: 'tool-call-start', id: 'a', name: 'x' },
      { type: 'block-end' },
      { type: 'tool-call-start', id: 'b', name: 'y' },
      { type: 'tool-call-delta', inputDelta: '{"broken' },
    ]);
    expect(result.toolCalls.map((c) => c.input)).toEqual([{}, '{"broken']);
  });

  it('merges usage and derives the total when the service gives none', () => {
    const { result } = run([
      { type: 'usage', usage: { inputTokens: 10, cacheReadTokens: 5 } },
      { type: 'usage', usage: { outputTokens: 3 } },
    ]);
    expect(result.usage).toEqual({ inputTokens: 10, outputTokens: 3, cacheReadTokens: 5, totalTokens: 18 });
  });

  it('ends with finish "other" when no reason came, "tool-calls" when calls did', () => {
    expect(run([{ type: 'text-delta', text: 'x' }]).events.at(-1)).toMatchObject({ finishReason: 'other' });
    expect(run([{ type: 'tool-call', id: 'a', name: 'x', input: {} }]).events.at(-1)).toMatchObject({ finishReason: 'tool-calls' });
  });

  it('merges provider-metadata parts (later fields win) onto the finish event and the snapshot; none means no field', () => {
    const { events } = run([
      { type: 'provider-metadata', metadata: { serviceTier: 'flex', latency: 'standard' } },
      { type: 'text-delta', text: 'x' },
      { type: 'finish', finishReason: 'content-filter' },
      { type: 'provider-metadata', metadata: { latency: 'optimized', trace: { guardrail: {} } } },
    ]);
    expect(events.at(-1)).toEqual({
      type: 'finish',
      finishReason: 'content-filter',
      usage: { inputTokens: 0, outputTokens: 0, totalTokens: 0 },
      providerMetadata: { bedrock: { serviceTier: 'flex', latency: 'optimized', trace: { guardrail: {} } } },
    });
    const accumulator = createStreamAccumulator();
    accumulator.push({ type: 'provider-metadata', metadata: { latencyMs: 5, stopSequence: undefined } });
    expect(accumulator.snapshot().providerMetadata).toEqual({ latencyMs: 5 });
    expect(run([{ type: 'text-delta', text: 'x' }]).events.at(-1)).not.toHaveProperty('providerMetadata');
    expect(createStreamAccumulator().snapshot()).not.toHaveProperty('providerMetadata');
  });
});
