import { readTokenCounts, type Usage } from '@bedrock-kit/core';

/**
 * Converse `TokenUsage` as `Usage`. Bedrock's `inputTokens` already excludes
 * cache reads and writes, which it reports separately; only the fields the
 * service sent are set.
 */
export function parseConverseUsage(value: unknown): Partial<Usage> {
  return readTokenCounts(value, {
    inputTokens: 'inputTokens',
    outputTokens: 'outputTokens',
    totalTokens: 'totalTokens',
    cacheReadTokens: 'cacheReadInputTokens',
    cacheWriteTokens: 'cacheWriteInputTokens',
  });
}
