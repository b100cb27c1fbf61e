import { mapStopReason, type FinishReason } from '@bedrock-kit/core';

/** R1's `stop_reason` is `stop` or `length` (model-parameters-deepseek.html). */
export function mapDeepseekStopReason(stopReason: unknown): FinishReason {
  return mapStopReason(stopReason, { stop: ['stop', 'end_turn'], length: ['length', 'max_tokens'], 'content-filter': ['content_filter'] }) ?? 'other';
}
