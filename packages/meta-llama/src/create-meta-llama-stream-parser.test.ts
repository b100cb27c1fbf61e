import { createStreamAccumulator, type ModelStreamPart } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { createMetaLlamaStreamParser } from './create-meta-llama-stream-parser';
import type { MetaLlamaResponseContext } from './meta-llama-response-context';
import { decodeNativeStream, encodeNativeStream } from './__fixtures__/native-stream';

/** Chunks as Bedrock streams them for Llama: per-chunk text, counts, and a last chunk with stop_reason + metrics. */
const metrics = { inputTokenCount: 18, outputTokenCount: 6, invocationLatency: 412, firstByteLatency: 201 };
const chunks = [
  { generation: 'Hello', prompt_token_count: 18, generation_token_count: 1, stop_reason: null },
  { generation: ' there', prompt_token_count: null, generation_token_count: 2, stop_reason: null },
  { generation: '! ###', prompt_token_count: null, generation_token_count: 4, stop_reason: null },
  { generation: ' more', prompt_token_count: null, generation_token_count: 5, stop_reason: null },
  { generation: '', prompt_token_count: null, generation_token_count: 6, stop_reason: 'stop', 'amazon-bedrock-invocationMetrics': metrics },
];

const runParser = (input: unknown[], context: MetaLlamaResponseContext = { headers: new Headers() }) => {
  const parser = createMetaLlamaStreamParser(context);
  const parts: ModelStreamPart[] = [...input.flatMap((chunk) => parser.parse(chunk)), ...(parser.flush?.() ?? [])];
  const accumulator = createStreamAccumulator();
  const events = [...parts.flatMap((part) => accumulator.push(part)), ...accumulator.end()];
  return { parts, events, result: accumulator.snapshot() };
};

describe('createMetaLlamaStreamParser', () => {
  it('decodes an event-stream body of Llama chunks into text, usage and finish', async () => {
    const decoded = await decodeNativeStream(encodeNativeStream(chunks));
    expect(decoded).toEqual(chunks);
    const { result, events } = runParser(decoded);
    expect(result.text).toBe('Hello there! ### more');
    expect(result.finishReason).toBe('stop');
    expect(result.usage).toEqual({ inputTokens: 18, outputTokens: 6, totalTokens: 24 });
    expect(events.filter((event) => event.type === 'text-delta').map((event) => (event as { text: string }).text)).toEqual(['Hello', ' there', '! ###', ' more']);
    expect(events.at(-1)).toMatchObject({ type: 'finish', finishReason: 'stop' });
  });

  it('parses a final chunk holding text, stop_reason and metrics all at once', () => {
    const { parts } = runParser([{ generation: 'Done.', prompt_token_count: 5, generation_token_count: 2, stop_reason: 'length', 'amazon-bedrock-invocationMetrics': metrics }]);
    expect(parts).toEqual([
      { type: 'text-delta', text: 'Done.' },
      { type: 'usage', usage: { inputTokens: 18, outputTokens: 6 } },
      { type: 'finish', finishReason: 'length' },
    ]);
  });

  it('does not crash when counts are missing or null (guardrail replies)', () => {
    const { result } = runParser([
      { generation: 'Sorry.', 'amazon-bedrock-guardrailAction': 'INTERVENED' },
      { generation: '', prompt_token_count: null, generation_token_count: null, stop_reason: null },
    ]);
    expect(result).toMatchObject({ text: 'Sorry.', finishReason: 'content-filter', usage: { inputTokens: 0, outputTokens: 0, totalTokens: 0 } });
  });

  it('cuts the stream at a stop sequence split across chunks, still reading usage to the end', () => {
    const { result, parts } = runParser(chunks, { headers: new Headers(), request: { stopSequences: ['###'] } });
    expect(result.text).toBe('Hello there! ');
    expect(result.finishReason).toBe('stop');
    expect(result.usage).toEqual({ inputTokens: 18, outputTokens: 6, totalTokens: 24 });
    expect(parts.filter((part) => part.type === 'finish')).toHaveLength(1);
  });

  it('holds back a possible partial stop sequence and flushes it with the last chunk', () => {
    const { parts, result } = runParser(
      [
        { generation: 'a E', stop_reason: null },
        { generation: 'N', stop_reason: null },
        { generation: '', stop_reason: 'stop' },
      ],
      { headers: new Headers(), request: { stopSequences: ['END'] } },
    );
    expect(parts.filter((part) => part.type === 'text-delta')).toEqual([
      { type: 'text-delta', text: 'a ' },
      { type: 'text-delta', text: 'EN' },
    ]);
    expect(result).toMatchObject({ text: 'a EN', finishReason: 'stop' });
  });

  it('flushes held-back text when the stream ends without a stop_reason', () => {
    const { result } = runParser([{ generation: 'x E', stop_reason: null }], { headers: new Headers(), request: { stopSequences: ['END'] } });
    expect(result.text).toBe('x E');
    // No stop_reason and no client-side stop: the accumulator's default applies.
    expect(result.finishReason).toBe('other');
  });

  it('ignores chunks that are not objects', () => {
    expect(runParser(['noise', null, 42]).parts).toEqual([]);
  });
});
