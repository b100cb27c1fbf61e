import type { FinishReason } from '@bedrock-kit/core';

/** The Converse `StopReason`s (service model enum) behind each finish reason; any other is `other`. */
const stopReasons: Readonly<Partial<Record<FinishReason, readonly unknown[]>>> = {
  stop: ['end_turn', 'stop_sequence'],
  length: ['max_tokens', 'model_context_window_exceeded'],
  'tool-calls': ['tool_use'],
  'content-filter': ['guardrail_intervened', 'content_filtered'],
  error: ['malformed_model_output', 'malformed_tool_use'],
};

/** Maps a Converse stop reason to the finish reason of the result. */
export function mapConverseStopReason(stopReason: unknown): FinishReason {
  return (Object.keys(stopReasons) as FinishReason[]).find((reason) => stopReasons[reason]?.includes(stopReason)) ?? 'other';
}
