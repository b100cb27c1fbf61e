import { describe, expect, it } from 'vitest';
import { completeUsage } from './complete-usage';
import { parseInvocationMetrics } from './invocation-metrics';
import { parseUsageHeaders } from './parse-usage-headers';
import { readTokenCounts } from './read-token-counts';

describe('usage helpers', () => {
  it('readTokenCounts maps numeric fields by name and leaves the rest out', () => {
    const body = { input_tokens: 3, output_tokens: '4', cache: 2, total: Number.NaN };
    expect(readTokenCounts(body, { inputTokens: 'input_tokens', outputTokens: 'output_tokens', cacheReadTokens: 'cache', totalTokens: 'total' })).toEqual({
      inputTokens: 3,
      cacheReadTokens: 2,
    });
    expect(readTokenCounts(null, { inputTokens: 'input_tokens' })).toEqual({});
  });

  it('parseUsageHeaders reads the four Bedrock token-count headers, whole numbers only', () => {
    const headers = new Headers({
      'X-Amzn-Bedrock-Input-Token-Count': '12',
      'X-Amzn-Bedrock-Output-Token-Count': '7',
      'X-Amzn-Bedrock-Cache-Read-Input-Token-Count': '-1',
      'X-Amzn-Bedrock-Cache-Write-Input-Token-Count': '5',
    });
    expect(parseUsageHeaders(headers)).toEqual({ inputTokens: 12, outputTokens: 7, cacheWriteTokens: 5 });
    expect(parseUsageHeaders(new Headers())).toEqual({});
    expect(parseUsageHeaders(undefined)).toEqual({});
  });

  it('completeUsage fills zeros and totals cached tokens unless a total is given', () => {
    expect(completeUsage({})).toEqual({ inputTokens: 0, outputTokens: 0, totalTokens: 0 });
    expect(completeUsage({ inputTokens: 3, outputTokens: 4, cacheReadTokens: 10, cacheWriteTokens: 2 })).toEqual({
      inputTokens: 3,
      outputTokens: 4,
      totalTokens: 19,
      cacheReadTokens: 10,
      cacheWriteTokens: 2,
    });
    expect(completeUsage({ inputTokens: 3, outputTokens: 4, totalTokens: 9 }).totalTokens).toBe(9);
  });

  it('parseInvocationMetrics reads amazon-bedrock-invocationMetrics', () => {
    const chunk = { 'amazon-bedrock-invocationMetrics': { inputTokenCount: 5, outputTokenCount: 6, cacheReadInputTokenCount: 1, invocationLatency: 9 } };
    expect(parseInvocationMetrics(chunk)).toEqual({ inputTokens: 5, outputTokens: 6, cacheReadTokens: 1 });
    expect(parseInvocationMetrics({ type: 'message_stop' })).toBeUndefined();
  });
});
