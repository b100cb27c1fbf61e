import type { Usage } from './usage';

/**
 * Reads `amazon-bedrock-invocationMetrics`, which Bedrock adds to the last
 * chunk of every InvokeModelWithResponseStream stream, whatever the family.
 * Returns `undefined` when the chunk has none.
 */
export function parseInvocationMetrics(chunk: unknown): Partial<Usage> | undefined {
  if (typeof chunk !== 'object' || chunk === null) return undefined;
  const metrics = (chunk as Record<string, unknown>)['amazon-bedrock-invocationMetrics'];
  if (typeof metrics !== 'object' || metrics === null) return undefined;
  const m = metrics as Record<string, unknown>;
  const usage: Partial<Usage> = {};
  if (typeof m.inputTokenCount === 'number') usage.inputTokens = m.inputTokenCount;
  if (typeof m.outputTokenCount === 'number') usage.outputTokens = m.outputTokenCount;
  if (typeof m.cacheReadInputTokenCount === 'number') usage.cacheReadTokens = m.cacheReadInputTokenCount;
  if (typeof m.cacheWriteInputTokenCount === 'number') usage.cacheWriteTokens = m.cacheWriteInputTokenCount;
  return usage;
}
