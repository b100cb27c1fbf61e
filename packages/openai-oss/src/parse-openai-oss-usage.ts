import { readTokenCounts, type Usage } from '@bedrock-kit/core';

/** Reads a chat-completions `usage` object (`prompt_tokens`, `completion_tokens`, `total_tokens`); fields absent stay absent. */
export function parseOpenaiOssUsage(usage: unknown): Partial<Usage> {
  return readTokenCounts(usage, { inputTokens: 'prompt_tokens', outputTokens: 'completion_tokens', totalTokens: 'total_tokens' });
}
