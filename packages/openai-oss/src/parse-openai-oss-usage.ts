import type { Usage } from '@bedrock-kit/core';

/** Reads a chat-completions `usage` object (`prompt_tokens`, `completion_tokens`, `total_tokens`); fields absent stay absent. */
export function parseOpenaiOssUsage(usage: unknown): Partial<Usage> | undefined {
  if (typeof usage !== 'object' || usage === null) return undefined;
  const u = usage as Record<string, unknown>;
  const parsed: Partial<Usage> = {};
  if (typeof u.prompt_tokens === 'number') parsed.inputTokens = u.prompt_tokens;
  if (typeof u.completion_tokens === 'number') parsed.outputTokens = u.completion_tokens;
  if (typeof u.total_tokens === 'number') parsed.totalTokens = u.total_tokens;
  return Object.keys(parsed).length > 0 ? parsed : undefined;
}
