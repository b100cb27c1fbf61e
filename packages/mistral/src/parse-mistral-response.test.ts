import { ServiceError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { createMistralStreamParser } from './create-mistral-stream-parser';
import { parseMistralResponse } from './parse-mistral-response';

const headers = new Headers({ 'X-Amzn-Bedrock-Input-Token-Count': '10', 'X-Amzn-Bedrock-Output-Token-Count': '5' });
const metrics = { 'amazon-bedrock-invocationMetrics': { inputTokenCount: 10, outputTokenCount: 5, invocationLatency: 80, firstByteLatency: 40 } };

describe('parseMistralResponse', () => {
  it('text completion: outputs[0].text and stop_reason; usage from the headers', () => {
    expect(parseMistralResponse({ outputs: [{ text: ' The sky is a canvas of blue.', stop_reason: 'length' }] }, { headers })).toEqual({
      content: [{ type: 'text', text: ' The sky is a canvas of blue.' }],
      finishReason: 'length',
      usage: { inputTokens: 10, outputTokens: 5, totalTokens: 15 },
    });
  });

  it('chat completion: content and tool_calls (arguments parsed), stop_reason tool_calls', () => {
    const body = {
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: '', tool_calls: [{ id: 'v6RMMiRlT7ygYkT4uULjtg', function: { name: 'top_song', arguments: '{"sign": "WZPZ"}' } }] },
          stop_reason: 'tool_calls',
        },
      ],
    };
    expect(parseMistralResponse(body, { headers })).toMatchObject({
      content: [{ type: 'tool-call', id: 'v6RMMiRlT7ygYkT4uULjtg', name: 'top_song', input: { sign: 'WZPZ' } }],
      finishReason: 'tool-calls',
    });
  });

  it('Magistral thinking chunks become a reasoning part; chat usage wins over the headers', () => {
    const body = {
      choices: [{ message: { content: [{ type: 'thinking', thinking: [{ type: 'text', text: 'Plan.' }] }, { type: 'text', text: 'Done.' }] }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 },
    };
    expect(parseMistralResponse(body, { headers })).toEqual({
      content: [
        { type: 'reasoning', text: 'Plan.' },
        { type: 'text', text: 'Done.' },
      ],
      finishReason: 'stop',
      usage: { inputTokens: 3, outputTokens: 4, totalTokens: 7 },
    });
  });

  it('a body with neither outputs nor choices is a ServiceError', () => {
    expect(() => parseMistralResponse({ generation: 'x' }, { headers })).toThrow(ServiceError);
  });
});

describe('createMistralStreamParser', () => {
  it('text completion: outputs chunks; the last keeps stop_reason and the invocation metrics', () => {
    const parser = createMistralStreamParser();
    const parts = [{ outputs: [{ text: 'Hello', stop_reason: null }] }, { outputs: [{ text: ' there', stop_reason: 'stop' }], ...metrics }].flatMap((c) => parser.parse(c));
    expect(parts).toEqual([
      { type: 'text-delta', text: 'Hello' },
      { type: 'text-delta', text: ' there' },
      { type: 'finish', finishReason: 'stop' },
      { type: 'usage', usage: { inputTokens: 10, outputTokens: 5 } },
    ]);
  });

  it('chat completion: message content pieces, a whole tool call, then stop_reason with metrics', () => {
    const parser = createMistralStreamParser();
    const chunks = [
      { choices: [{ index: 0, message: { role: 'assistant', content: 'Checking' }, stop_reason: null }] },
      { choices: [{ index: 0, message: { role: 'assistant', content: '', tool_calls: [{ index: 0, id: 'call9', function: { name: 'weather', arguments: '{"city":"Oslo"}' } }] }, stop_reason: null }] },
      { choices: [{ index: 0, message: { role: 'assistant', content: '' }, stop_reason: 'tool_calls' }], ...metrics },
    ];
    expect(chunks.flatMap((c) => parser.parse(c))).toEqual([
      { type: 'text-delta', text: 'Checking' },
      { type: 'tool-call-start', id: 'call9', name: 'weather' },
      { type: 'tool-call-delta', id: 'call9', inputDelta: '{"city":"Oslo"}' },
      { type: 'finish', finishReason: 'tool-calls' },
      { type: 'usage', usage: { inputTokens: 10, outputTokens: 5 } },
    ]);
  });

  it('chat deltas with a tool call split over chunks by index', () => {
    const parser = createMistralStreamParser();
    const parts = [
      { choices: [{ delta: { tool_calls: [{ index: 0, id: 'c1', function: { name: 'f', arguments: '{"a"' } }] } }] },
      { choices: [{ delta: { tool_calls: [{ index: 0, function: { arguments: ':1}' } }] }, finish_reason: 'tool_calls' }] },
    ].flatMap((c) => parser.parse(c));
    expect(parts).toEqual([
      { type: 'tool-call-start', id: 'c1', name: 'f' },
      { type: 'tool-call-delta', id: 'c1', inputDelta: '{"a"' },
      { type: 'tool-call-delta', id: 'c1', inputDelta: ':1}' },
      { type: 'finish', finishReason: 'tool-calls' },
    ]);
  });
});
