import { describe, expect, it } from 'vitest';
import { ServiceError } from '@bedrock-kit/core';
import { parseConverseResponse } from './parse-converse-response';

const respond = (content: unknown[], extra: Record<string, unknown> = {}) => ({
  output: { message: { role: 'assistant', content } },
  stopReason: 'end_turn',
  usage: { inputTokens: 3, outputTokens: 4, totalTokens: 7 },
  metrics: { latencyMs: 12 },
  ...extra,
});

describe('parseConverseResponse', () => {
  it('reads text, tool use and reasoning blocks in order', () => {
    const response = parseConverseResponse(
      respond([
        { reasoningContent: { reasoningText: { text: 'Think.', signature: 'c2ln' } } },
        { reasoningContent: { redactedContent: 'b3BhcXVl' } },
        { text: 'Calling.' },
        { toolUse: { toolUseId: 'tooluse_1', name: 'get_weather', input: { city: 'Paris' }, type: 'tool_use' } },
      ]),
    );
    expect(response.content).toEqual([
      { type: 'reasoning', text: 'Think.', signature: 'c2ln' },
      { type: 'reasoning', text: '', redacted: 'b3BhcXVl' },
      { type: 'text', text: 'Calling.' },
      { type: 'tool-call', id: 'tooluse_1', name: 'get_weather', input: { city: 'Paris' } },
    ]);
    expect(response.finishReason).toBe('stop');
    expect(response.stopReason).toBe('end_turn');
    expect(response.metrics).toEqual({ latencyMs: 12 });
    expect(response.warnings).toEqual([]);
  });

  it('reads usage with cache reads and writes', () => {
    const response = parseConverseResponse(
      respond([{ text: '21' }], {
        usage: { inputTokens: 2, outputTokens: 5, totalTokens: 1329, cacheReadInputTokens: 0, cacheWriteInputTokens: 1322, serverToolUsage: {} },
      }),
    );
    expect(response.usage).toEqual({ inputTokens: 2, outputTokens: 5, totalTokens: 1329, cacheReadTokens: 0, cacheWriteTokens: 1322 });
    expect(parseConverseResponse(respond([{ text: 'x' }])).usage).toEqual({ inputTokens: 3, outputTokens: 4, totalTokens: 7 });
  });

  it('turns a citations block into its generated text plus citations', () => {
    const response = parseConverseResponse(
      respond([
        { text: 'According to the file, ' },
        {
          citationsContent: {
            content: [{ text: 'the sky is ' }, { text: 'green.' }],
            citations: [
              {
                title: 'facts',
                sourceContent: [{ text: 'The sky is green.' }],
                location: { documentChar: { documentIndex: 0, start: 0, end: 17 } },
              },
              { title: 'book', sourceContent: [{ text: 'p' }], location: { documentPage: { documentIndex: 1, start: 3, end: 4 } } },
              { location: { documentChunk: { documentIndex: 2, start: 5, end: 6 } } },
              { title: 'site', location: { web: { url: 'https://example.com' } } },
            ],
          },
        },
      ]),
    );
    expect(response.content).toEqual([
      { type: 'text', text: 'According to the file, ' },
      { type: 'text', text: 'the sky is green.' },
    ]);
    expect(response.citations).toEqual([
      { citedText: 'The sky is green.', documentName: 'facts', documentIndex: 0, start: 0, end: 17 },
      { citedText: 'p', documentName: 'book', documentIndex: 1, start: 3, end: 4 },
      { documentIndex: 2, start: 5, end: 6 },
      { documentName: 'site' },
    ]);
  });

  it('has no citations field when the answer cites nothing', () => {
    expect(parseConverseResponse(respond([{ text: 'x' }]))).not.toHaveProperty('citations');
  });

  it('warns about output blocks it does not read and ignores unknown fields', () => {
    const response = parseConverseResponse(
      respond([{ text: 'a' }, { image: { format: 'png', source: { bytes: 'AA==' } } }, { cachePoint: { type: 'default' } }], {
        additionalModelResponseFields: { x: 1 },
        somethingNew: true,
      }),
    );
    expect(response.content).toEqual([{ type: 'text', text: 'a' }]);
    expect(response.warnings).toEqual([expect.stringContaining('image block')]);
  });

  it('maps the stop reason', () => {
    expect(parseConverseResponse(respond([], { stopReason: 'tool_use' })).finishReason).toBe('tool-calls');
    expect(parseConverseResponse(respond([], { stopReason: 'max_tokens' })).finishReason).toBe('length');
  });

  it('throws a ServiceError for a body that is not a JSON object', () => {
    for (const body of [null, 'text', [1]]) expect(() => parseConverseResponse(body)).toThrow(ServiceError);
  });
});
