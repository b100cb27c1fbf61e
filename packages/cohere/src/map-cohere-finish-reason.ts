import type { FinishReason } from '@bedrock-kit/core';

// Cohere chat `finish_reason` values (v1 chat API, as Bedrock returns them for
// Command R; the v2 names STOP_SEQUENCE and TOOL_CALL are accepted too).
const finishReasons: Record<string, FinishReason> = {
  COMPLETE: 'stop',
  STOP_SEQUENCE: 'stop',
  MAX_TOKENS: 'length',
  // The prompt plus answer reached the context limit.
  ERROR_LIMIT: 'length',
  ERROR_TOXIC: 'content-filter',
  ERROR: 'error',
  USER_CANCEL: 'other',
  TOOL_CALL: 'tool-calls',
};

/**
 * Cohere `finish_reason` → `FinishReason`. Cohere reports `COMPLETE` when it
 * stops to call tools, so a finished answer with tool calls is `tool-calls`.
 */
export function mapCohereFinishReason(reason: unknown, hasToolCalls: boolean): FinishReason {
  const mapped = typeof reason === 'string' && Object.hasOwn(finishReasons, reason) ? finishReasons[reason] : undefined;
  if (hasToolCalls && (mapped === undefined || mapped === 'stop')) return 'tool-calls';
  return mapped ?? 'other';
}
