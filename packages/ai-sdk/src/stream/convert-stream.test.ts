import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import type { TextStream } from '@bedrock-kit/bedrock';
import { createEmptyUsage, ThrottlingError, type GenerateTextResult, type Part, type StreamEvent } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { convertStream } from './convert-stream';

/** A bedrock-kit stream stand-in: these events, then this result (or a failure thrown after the events). */
function textStream(events: StreamEvent[], content: Part[], failure?: Error): TextStream {
  const result: GenerateTextResult = {
    text: '',
    content,
    toolCalls: [],
    toolResults: [],
    finishReason: 'stop',
    usage: createEmptyUsage(),
    api: 'converse',
    requestId: 'req-1',
    steps: [],
    warnings: [],
    response: { messages: [] },
  };
  return {
    async *[Symbol.asyncIterator]() {
      yield* events;
      if (failure) throw failure;
    },
    textStream: (async function* () {})(),
    text: Promise.resolve(''),
    result: Promise.resolve(result),
  } as unknown as TextStream;
}

async function partsOf(stream: ReadableStream<LanguageModelV4StreamPart>): Promise<LanguageModelV4StreamPart[]> {
  const parts: LanguageModelV4StreamPart[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) parts.push(next.value);
  return parts;
}

const finish: StreamEvent = { type: 'finish', finishReason: 'stop', usage: { inputTokens: 3, outputTokens: 4, totalTokens: 7 } };

describe('convertStream', () => {
  it('one block per run of deltas; reasoning blocks end before finish with their own signatures, in order', async () => {
    const events: StreamEvent[] = [
      { type: 'reasoning-delta', text: 'a' },
      { type: 'text-delta', text: 'x' },
      { type: 'reasoning-delta', text: 'b' },
      { type: 'reasoning-delta', text: 'c' },
      { type: 'text-delta', text: 'y' },
      finish,
    ];
    const content: Part[] = [
      { type: 'reasoning', text: 'a', signature: 's1' },
      { type: 'text', text: 'x' },
      { type: 'reasoning', text: 'bc', signature: 's2' },
      { type: 'text', text: 'y' },
    ];
    const parts = await partsOf(convertStream(textStream(events, content), { modelId: 'm', warnings: [], documents: [] }));
    expect(parts).toEqual([
      { type: 'stream-start', warnings: [] },
      { type: 'reasoning-start', id: '0' },
      { type: 'reasoning-delta', id: '0', delta: 'a' },
      { type: 'text-start', id: '1' },
      { type: 'text-delta', id: '1', delta: 'x' },
      { type: 'text-end', id: '1' },
      { type: 'reasoning-start', id: '2' },
      { type: 'reasoning-delta', id: '2', delta: 'b' },
      { type: 'reasoning-delta', id: '2', delta: 'c' },
      { type: 'text-start', id: '3' },
      { type: 'text-delta', id: '3', delta: 'y' },
      { type: 'text-end', id: '3' },
      { type: 'reasoning-end', id: '0', providerMetadata: { bedrockKit: { signature: 's1' } } },
      { type: 'reasoning-end', id: '2', providerMetadata: { bedrockKit: { signature: 's2' } } },
      { type: 'response-metadata', modelId: 'm', id: 'req-1' },
      {
        type: 'finish',
        finishReason: { unified: 'stop', raw: 'stop' },
        usage: {
          inputTokens: { total: 3, noCache: 3, cacheRead: undefined, cacheWrite: undefined },
          outputTokens: { total: 4, text: undefined, reasoning: undefined },
          raw: { inputTokens: 3, outputTokens: 4, totalTokens: 7 },
        },
        providerMetadata: { bedrockKit: { api: 'converse', requestId: 'req-1' } },
      },
    ]);
  });

  it('redacted reasoning (no stream event) does not shift signatures and comes as its own block before finish', async () => {
    const content: Part[] = [
      { type: 'reasoning', text: '', redacted: 'UkVE' },
      { type: 'reasoning', text: 'a', signature: 's1' },
      { type: 'text', text: 'x' },
    ];
    const events: StreamEvent[] = [{ type: 'reasoning-delta', text: 'a' }, { type: 'text-delta', text: 'x' }, finish];
    const parts = await partsOf(convertStream(textStream(events, content), { modelId: 'm', warnings: [], documents: [] }));
    expect(parts.slice(1, 9)).toEqual([
      { type: 'reasoning-start', id: '0' },
      { type: 'reasoning-delta', id: '0', delta: 'a' },
      { type: 'text-start', id: '1' },
      { type: 'text-delta', id: '1', delta: 'x' },
      { type: 'text-end', id: '1' },
      { type: 'reasoning-end', id: '0', providerMetadata: { bedrockKit: { signature: 's1' } } },
      { type: 'reasoning-start', id: '2' },
      { type: 'reasoning-end', id: '2', providerMetadata: { bedrockKit: { redacted: 'UkVE' } } },
    ]);
  });

  it('a tool call without deltas (a replayed answer) is still one tool-call part; the JSON tool becomes text', async () => {
    const events: StreamEvent[] = [
      { type: 'tool-call', id: 't1', name: 'weather', input: { city: 'Oslo' } },
      { type: 'tool-call', id: 't2', name: 'json', input: { ok: true } },
      { ...finish, finishReason: 'tool-calls' },
    ];
    const parts = await partsOf(convertStream(textStream(events, []), { modelId: 'm', warnings: [], documents: [], jsonToolName: 'json' }));
    expect(parts.slice(1, 5)).toEqual([
      { type: 'tool-call', toolCallId: 't1', toolName: 'weather', input: '{"city":"Oslo"}' },
      { type: 'text-start', id: '0' },
      { type: 'text-delta', id: '0', delta: '{"ok":true}' },
      { type: 'text-end', id: '0' },
    ]);
    expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: { unified: 'stop', raw: 'tool-calls' } });
  });

  it("bedrock-kit's warnings, known only at the end, ride on the finish part's provider metadata", async () => {
    const stream = textStream([finish], []);
    const result = await stream.result;
    result.warnings.push('answered without streaming');
    const parts = await partsOf(convertStream(stream, { modelId: 'm', warnings: [], documents: [] }));
    expect(parts.at(-1)).toMatchObject({ type: 'finish', providerMetadata: { bedrockKit: { warnings: ['answered without streaming'] } } });
  });

  it('in JSON mode a call of a user tool keeps finish reason tool-calls', async () => {
    const events: StreamEvent[] = [{ type: 'tool-call', id: 't1', name: 'weather', input: {} }, { ...finish, finishReason: 'tool-calls' }];
    const parts = await partsOf(convertStream(textStream(events, []), { modelId: 'm', warnings: [], documents: [], jsonToolName: 'json' }));
    expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: { unified: 'tool-calls', raw: 'tool-calls' } });
  });

  it('a failure after output ends the stream with an error part (open blocks stay open: the AI SDK closes them)', async () => {
    const failure = new ThrottlingError({ message: 'slow down', status: 429, retryable: true });
    const parts = await partsOf(convertStream(textStream([{ type: 'text-delta', text: 'x' }], [], failure), { modelId: 'm', warnings: [], documents: [] }));
    expect(parts.map((part) => part.type)).toEqual(['stream-start', 'text-start', 'text-delta', 'error']);
    expect((parts.at(-1) as { error: { statusCode: number; cause: unknown } }).error).toMatchObject({ statusCode: 429, cause: failure });
  });
});

describe('convertStream without a finish event', () => {
  it('takes finish reason and usage from the result', async () => {
    const parts = await partsOf(convertStream(textStream([{ type: 'text-delta', text: 'x' }], []), { modelId: 'm', warnings: [], documents: [] }));
    expect(parts.map((part) => part.type)).toEqual(['stream-start', 'text-start', 'text-delta', 'text-end', 'response-metadata', 'finish']);
    expect(parts.at(-1)).toMatchObject({ finishReason: { unified: 'stop' }, usage: { inputTokens: { total: 0 } } });
  });
});
