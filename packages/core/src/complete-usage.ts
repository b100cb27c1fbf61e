import type { Usage } from './usage';

/**
 * A full `Usage` from the counts that are known: missing input or output counts are 0, and
 * `totalTokens`, when not given, is input + output + cache reads + cache writes (Bedrock
 * reports cached tokens apart from `inputTokens`).
 */
export function completeUsage(usage: Partial<Usage>): Usage {
  const { inputTokens = 0, outputTokens = 0, totalTokens, ...cache } = usage;
  const cached = (cache.cacheReadTokens ?? 0) + (cache.cacheWriteTokens ?? 0);
  return { inputTokens, outputTokens, totalTokens: totalTokens ?? inputTokens + outputTokens + cached, ...cache };
}
