import { readTokenCounts, type Usage } from '@bedrock-kit/core';

/**
 * Claude's `usage` object → partial usage. `input_tokens` already excludes cache reads and
 * writes, which is how Bedrock reports them too. Fields absent from `usage` stay absent.
 */
export function convertAnthropicUsage(usage: unknown): Partial<Usage> {
  return readTokenCounts(usage, {
    inputTokens: 'input_tokens',
    outputTokens: 'output_tokens',
    cacheReadTokens: 'cache_read_input_tokens',
    cacheWriteTokens: 'cache_creation_input_tokens',
  });
}
