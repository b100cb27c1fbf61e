import type { FinishReason } from '@bedrock-kit/core';

/**
 * Maps the native `stop_reason` (`stop`: end of turn, `length`: `max_gen_len`
 * reached). A reply the guardrail replaced (`amazon-bedrock-guardrailAction:
 * INTERVENED`) is `content-filter`; anything else is `other`.
 */
export function mapMetaLlamaStopReason(stopReason: unknown, guardrailAction?: unknown): FinishReason {
  if (guardrailAction === 'INTERVENED') return 'content-filter';
  if (stopReason === 'stop') return 'stop';
  if (stopReason === 'length') return 'length';
  return 'other';
}
