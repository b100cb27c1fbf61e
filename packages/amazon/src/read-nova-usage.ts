import { readTokenCounts, type Usage } from '@bedrock-kit/core';

/** Nova's `usage` object (response body and stream `metadata`): cache counts under their `…InputTokenCount` names. */
export function readNovaUsage(usage: unknown): Partial<Usage> {
  return readTokenCounts(usage, {
    inputTokens: 'inputTokens',
    outputTokens: 'outputTokens',
    totalTokens: 'totalTokens',
    cacheReadTokens: 'cacheReadInputTokenCount',
    cacheWriteTokens: 'cacheWriteInputTokenCount',
  });
}
