import { ServiceError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { createDeepseekStreamParser } from './create-deepseek-stream-parser';
import { parseDeepseekResponse } from './parse-deepseek-response';

const headers = new Headers({ 'X-Amzn-Bedrock-Input-Token-Count': '12', 'X-Amzn-Bedrock-Output-Token-Count': '30' });

describe('parseDeepseekResponse', () => {
  it('splits reasoning (no signature) from the answer; usage from the headers', () => {
    const parsed = parseDeepseekResponse({ choices: [{ text: 'Think first.\n</think>\n\nParis.', stop_reason: 'stop' }] }, { headers });
    expect(parsed).toEqual({
      content: [
        { type: 'reasoning', text: 'Think first.\n' },
        { type: 'text', text: 'Paris.' },
      ],
      finishReason: 'stop',
      usage: { inputTokens: 12, outputTokens: 30, totalTokens: 42 },
    });
  });

  it('without </think> everything is text; length maps to length', () => {
    const parsed = parseDeepseekResponse({ choices: [{ text: 'cut in the middle of reas', stop_reason: 'length' }] }, { headers: new Headers() });
    expect(parsed.content).toEqual([{ type: 'text', text: 'cut in the middle of reas' }]);
    expect(parsed.finishReason).toBe('length');
  });

  it('a guardrail intervention is content-filter; a body without choices[0] is a ServiceError', () => {
    expect(parseDeepseekResponse({ choices: [{ text: 'blocked', stop_reason: 'stop' }], 'amazon-bedrock-guardrailAction': 'INTERVENED' }, { headers }).finishReason).toBe('content-filter');
    expect(() => parseDeepseekResponse({ outputs: [] }, { headers })).toThrow(ServiceError);
  });
});

describe('createDeepseekStreamParser', () => {
  it('splits across chunks with the boundary in the middle of </think>; the last chunk keeps finish and metrics', () => {
    const parser = createDeepseekStreamParser();
    const chunks = [
      { choices: [{ text: 'Reason', stop_reason: null }] },
      { choices: [{ text: 'ing.</th', stop_reason: null }] },
      { choices: [{ text: 'ink>\n\nAns', stop_reason: null }] },
      {
        choices: [{ text: 'wer.', stop_reason: 'stop' }],
        'amazon-bedrock-invocationMetrics': { inputTokenCount: 7, outputTokenCount: 9, invocationLatency: 100, firstByteLatency: 50 },
      },
    ];
    const parts = chunks.flatMap((chunk) => parser.parse(chunk));
    expect([...parts, ...parser.flush!()]).toEqual([
      { type: 'reasoning-delta', text: 'Reasoning.' },
      { type: 'text-delta', text: 'Ans' },
      { type: 'text-delta', text: 'wer.' },
      { type: 'finish', finishReason: 'stop' },
      { type: 'usage', usage: { inputTokens: 7, outputTokens: 9 } },
    ]);
  });

  it('a stream without </think> gives its text as text when the last chunk arrives', () => {
    const parser = createDeepseekStreamParser();
    expect(parser.parse({ choices: [{ text: 'plain ', stop_reason: null }] })).toEqual([]);
    expect(parser.parse({ choices: [{ text: 'answer', stop_reason: 'length' }] })).toEqual([
      { type: 'text-delta', text: 'plain answer' },
      { type: 'finish', finishReason: 'length' },
    ]);
    expect(parser.flush!()).toEqual([]);
  });
});
