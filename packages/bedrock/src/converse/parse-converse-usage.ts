import type { Usage } from '@bedrock-kit/core';

/**
 * Converse `TokenUsage` as `Usage`. Bedrock's `inputTokens` already excludes
 * cache reads and writes, which it reports separately; only the fields the
 * service sent are set.
 */
export function parseConverseUsage(value: unknown): Partial<Usage> {
  if (typeof value !== 'object' || value === null) return {};
  const usage = value as Record<string, unknown>;
  const pick = (key: string): number | undefined => (typeof usage[key] === 'number' ? (usage[key] as number) : undefined);
  const parsed: Partial<Usage> = {
    inputTokens: pick('inputTokens'),
    outputTokens: pick('outputTokens'),
    totalTokens: pick('totalTokens'),
    cacheReadTokens: pick('cacheReadInputTokens'),
    cacheWriteTokens: pick('cacheWriteInputTokens'),
  };
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined)) as Partial<Usage>;
}
