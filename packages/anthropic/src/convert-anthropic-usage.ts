import type { Usage } from '@bedrock-kit/core';

/**
 * Claude's `usage` object → partial usage. `input_tokens` already excludes cache reads and
 * writes, which is how Bedrock reports them too. Fields absent from `usage` stay absent.
 */
export function convertAnthropicUsage(usage: unknown): Partial<Usage> {
  if (typeof usage !== 'object' || usage === null) return {};
  const u = usage as Record<string, unknown>;
  const result: Partial<Usage> = {};
  if (typeof u.input_tokens === 'number') result.inputTokens = u.input_tokens;
  if (typeof u.output_tokens === 'number') result.outputTokens = u.output_tokens;
  if (typeof u.cache_read_input_tokens === 'number') result.cacheReadTokens = u.cache_read_input_tokens;
  if (typeof u.cache_creation_input_tokens === 'number') result.cacheWriteTokens = u.cache_creation_input_tokens;
  return result;
}
