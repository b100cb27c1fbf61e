import { readTokenCounts } from './read-token-counts';
import type { Usage } from './usage';

/**
 * Reads `amazon-bedrock-invocationMetrics`, which Bedrock adds to the last
 * chunk of every InvokeModelWithResponseStream stream, whatever the family.
 * Returns `undefined` when the chunk has none.
 */
export function parseInvocationMetrics(chunk: unknown): Partial<Usage> | undefined {
  const metrics = (chunk as Record<string, unknown> | undefined)?.['amazon-bedrock-invocationMetrics'];
  if (typeof metrics !== 'object' || metrics === null) return undefined;
  return readTokenCounts(metrics, {
    inputTokens: 'inputTokenCount',
    outputTokens: 'outputTokenCount',
    cacheReadTokens: 'cacheReadInputTokenCount',
    cacheWriteTokens: 'cacheWriteInputTokenCount',
  });
}
