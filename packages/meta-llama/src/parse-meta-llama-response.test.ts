import { ServiceError } from '@bedrock-kit/core';
import { readCassette } from '@bedrock-kit/test-utils';
import { describe, expect, it } from 'vitest';
import { mapMetaLlamaStopReason } from './map-meta-llama-stop-reason';
import { parseMetaLlamaResponse } from './parse-meta-llama-response';

const noHeaders = { headers: new Headers() };

describe('parseMetaLlamaResponse', () => {
  it('decodes the recorded InvokeModel answer (openllmetry test_meta_llama3_completion)', () => {
    const [exchange] = readCassette('openllmetry', 'test_meta_llama3_completion');
    const body = JSON.parse(new TextDecoder().decode(exchange!.response.body)) as unknown;
    const headers = new Headers(Object.entries(exchange!.response.headers).map(([name, values]) => [name, values.join(',')] as [string, string]));
    const result = parseMetaLlamaResponse(body, { headers });
    expect(result.content).toEqual([
      {
        type: 'text',
        text: '\nWhy did the opentelemetry span go to therapy?\nBecause it was feeling a little "distributed" and wanted to get to the "root" of its problems!',
      },
    ]);
    expect(result.finishReason).toBe('stop');
    expect(result.usage).toEqual({ inputTokens: 8, outputTokens: 35, totalTokens: 43 });
  });

  it('maps stop reasons', () => {
    expect(mapMetaLlamaStopReason('stop')).toBe('stop');
    expect(mapMetaLlamaStopReason('length')).toBe('length');
    expect(mapMetaLlamaStopReason('something_new')).toBe('other');
    expect(mapMetaLlamaStopReason(null)).toBe('other');
    expect(mapMetaLlamaStopReason('stop', 'INTERVENED')).toBe('content-filter');
    expect(parseMetaLlamaResponse({ generation: 'x', stop_reason: 'length' }, noHeaders).finishReason).toBe('length');
  });

  it('does not crash on a guardrail reply without token counts, and reads them from the headers', () => {
    const body = { generation: 'Sorry, I cannot help with that.', 'amazon-bedrock-guardrailAction': 'INTERVENED', stop_reason: null };
    const bare = parseMetaLlamaResponse(body, noHeaders);
    expect(bare.usage).toEqual({ inputTokens: 0, outputTokens: 0, totalTokens: 0 });
    expect(bare.finishReason).toBe('content-filter');
    const headers = new Headers({ 'X-Amzn-Bedrock-Input-Token-Count': '12', 'X-Amzn-Bedrock-Output-Token-Count': '7' });
    expect(parseMetaLlamaResponse(body, { headers }).usage).toEqual({ inputTokens: 12, outputTokens: 7, totalTokens: 19 });
    expect(parseMetaLlamaResponse({ generation: 'x', prompt_token_count: null, generation_token_count: null }, noHeaders).usage.totalTokens).toBe(0);
  });

  it('returns no content part for an empty generation', () => {
    expect(parseMetaLlamaResponse({ generation: '', stop_reason: 'stop' }, noHeaders).content).toEqual([]);
    expect(parseMetaLlamaResponse({ stop_reason: 'stop' }, noHeaders).content).toEqual([]);
  });

  it('cuts the text at the first stop sequence of the request and reports stop', () => {
    const body = { generation: 'one\ntwo\nEND three END', prompt_token_count: 3, generation_token_count: 9, stop_reason: 'length' };
    const result = parseMetaLlamaResponse(body, { headers: new Headers(), request: { stopSequences: ['three', 'END'] } });
    expect(result.content).toEqual([{ type: 'text', text: 'one\ntwo\n' }]);
    expect(result.finishReason).toBe('stop');
    // Usage stays what the service billed.
    expect(result.usage.outputTokens).toBe(9);
    const untouched = parseMetaLlamaResponse(body, { headers: new Headers(), request: { stopSequences: ['absent'] } });
    expect(untouched.content).toEqual([{ type: 'text', text: 'one\ntwo\nEND three END' }]);
    expect(untouched.finishReason).toBe('length');
  });

  it('refuses a body that is not a JSON object', () => {
    expect(() => parseMetaLlamaResponse('oops', noHeaders)).toThrow(ServiceError);
    expect(() => parseMetaLlamaResponse(null, noHeaders)).toThrow(ServiceError);
  });
});
