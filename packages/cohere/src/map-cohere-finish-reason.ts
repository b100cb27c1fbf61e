import { mapStopReason, type FinishReason, type StopReasonTable } from '@bedrock-kit/core';

// Cohere chat `finish_reason` values (v1 chat API, as Bedrock returns them for
// Command R; the v2 names STOP_SEQUENCE and TOOL_CALL are accepted too).
const finishReasons: StopReasonTable = {
  stop: ['COMPLETE', 'STOP_SEQUENCE'],
  // ERROR_LIMIT: the prompt plus answer reached the context limit.
  length: ['MAX_TOKENS', 'ERROR_LIMIT'],
  'content-filter': ['ERROR_TOXIC'],
  error: ['ERROR'],
  other: ['USER_CANCEL'],
  'tool-calls': ['TOOL_CALL'],
};

/**
 * Cohere `finish_reason` → `FinishReason`. Cohere reports `COMPLETE` when it
 * stops to call tools, so a finished answer with tool calls is `tool-calls`.
 */
export function mapCohereFinishReason(reason: unknown, hasToolCalls: boolean): FinishReason {
  const mapped = mapStopReason(reason, finishReasons);
  if (hasToolCalls && (mapped === undefined || mapped === 'stop')) return 'tool-calls';
  return mapped ?? 'other';
}
