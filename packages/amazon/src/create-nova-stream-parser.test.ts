import { createStreamAccumulator, type ModelStreamPart, type StreamEvent } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { createNovaStreamParser } from './create-nova-stream-parser';

/** Feeds chunks through a parser and the core accumulator, as the facade does. */
function run(chunks: unknown[]) {
  const parser = createNovaStreamParser();
  const accumulator = createStreamAccumulator();
  const parts: ModelStreamPart[] = [];
  const events: StreamEvent[] = [];
  for (const chunk of chunks) parts.push(...parser.parse(chunk));
  parts.push(...(parser.flush?.() ?? []));
  for (const part of parts) events.push(...accumulator.push(part));
  events.push(...accumulator.end());
  return { parts, events, result: accumulator.snapshot() };
}

/** Nova's text stream: one block per delta, each closed at once. */
const textBlocks = (texts: string[], first = 0) =>
  texts.flatMap((text, i) => [{ contentBlockDelta: { delta: { text }, contentBlockIndex: first + i } }, { contentBlockStop: { contentBlockIndex: first + i } }]);

const end = (stopReason: string, usage: Record<string, number>, metrics?: Record<string, number>) => [
  { messageStop: { stopReason } },
  { metadata: { usage, metrics: {}, trace: {} }, ...(metrics ? { 'amazon-bedrock-invocationMetrics': metrics } : {}) },
];

describe('createNovaStreamParser', () => {
  it('text blocks (one per delta) become one text part joined with nothing; stop reason and usage from the end chunks', () => {
    const { events, result } = run([
      { messageStart: { role: 'assistant' } },
      ...textBlocks(['Hello', ' from', ' Nova', '.']),
      ...end('end_turn', { inputTokens: 6, outputTokens: 4, cacheReadInputTokenCount: 0, cacheWriteInputTokenCount: 1024 }, {
        inputTokenCount: 6,
        outputTokenCount: 4,
        invocationLatency: 300,
        firstByteLatency: 120,
        cacheReadInputTokenCount: 0,
        cacheWriteInputTokenCount: 1024,
      }),
    ]);
    expect(events.filter((e) => e.type === 'text-delta').map((e) => (e as { text: string }).text)).toEqual(['Hello', ' from', ' Nova', '.']);
    expect(result.content).toEqual([{ type: 'text', text: 'Hello from Nova.' }]);
    expect(events.at(-1)).toEqual({ type: 'finish', finishReason: 'stop', usage: { inputTokens: 6, outputTokens: 4, totalTokens: 1034, cacheReadTokens: 0, cacheWriteTokens: 1024 } });
  });

  it('<thinking> split across deltas becomes reasoning; the answer and a tool call follow', () => {
    const { result, events } = run([
      { messageStart: { role: 'assistant' } },
      ...textBlocks(['<thin', 'king>I should call', ' the tool.</thi', 'nking>\n', 'Checking.']),
      { contentBlockStart: { start: { toolUse: { toolUseId: 'tooluse_x1', name: 'weather' } }, contentBlockIndex: 5 } },
      { contentBlockDelta: { delta: { toolUse: { input: '{"city":"Oslo"}' } }, contentBlockIndex: 5 } },
      { contentBlockStop: { contentBlockIndex: 5 } },
      ...end('tool_use', { inputTokens: 40, outputTokens: 20 }),
    ]);
    expect(result.content).toEqual([
      { type: 'reasoning', text: 'I should call the tool.' },
      { type: 'text', text: 'Checking.' },
      { type: 'tool-call', id: 'tooluse_x1', name: 'weather', input: { city: 'Oslo' } },
    ]);
    expect(result.finishReason).toBe('tool-calls');
    expect(events).toContainEqual({ type: 'tool-call-delta', id: 'tooluse_x1', name: 'weather', inputDelta: '{"city":"Oslo"}' });
    expect(events.some((e) => e.type === 'text-delta' && e.text.includes('<'))).toBe(false);
  });

  it("Nova 2's redacted reasoning streams as a reasoning delta without a signature", () => {
    const { result } = run([
      { messageStart: { role: 'assistant' } },
      { contentBlockDelta: { delta: { reasoningContent: { text: '[REDACTED]' } }, contentBlockIndex: 0 } },
      { contentBlockStop: { contentBlockIndex: 0 } },
      ...textBlocks(['4', '2'], 1),
      ...end('end_turn', { inputTokens: 9, outputTokens: 200 }),
    ]);
    expect(result.content).toEqual([
      { type: 'reasoning', text: '[REDACTED]' },
      { type: 'text', text: '42' },
    ]);
  });

  it('a server tool use (web grounding) and its result never become tool calls', () => {
    const { result } = run([
      { contentBlockStart: { start: { toolUse: { toolUseId: 'srv', name: 'nova_grounding', type: 'server_tool_use' } }, contentBlockIndex: 0 } },
      { contentBlockDelta: { delta: { toolUse: { input: '{"query":"x"}' } }, contentBlockIndex: 0 } },
      { contentBlockStop: { contentBlockIndex: 0 } },
      { contentBlockStart: { start: { toolResult: { toolUseId: 'srv' } }, contentBlockIndex: 1 } },
      { contentBlockDelta: { delta: { toolResult: [{ text: 'result' }] }, contentBlockIndex: 1 } },
      { contentBlockStop: { contentBlockIndex: 1 } },
      ...textBlocks(['Grounded', ' answer'], 2),
      ...end('end_turn', { inputTokens: 1, outputTokens: 2 }),
    ]);
    expect(result.toolCalls).toEqual([]);
    expect(result.content).toEqual([{ type: 'text', text: 'Grounded answer' }]);
    expect(result.finishReason).toBe('stop');
  });

  it('a partial tag that never completes is released as text at the end', () => {
    const { result } = run([...textBlocks(['a <thi']), ...end('max_tokens', { inputTokens: 1, outputTokens: 1 })]);
    expect(result).toMatchObject({ text: 'a <thi', finishReason: 'length' });
  });
});
