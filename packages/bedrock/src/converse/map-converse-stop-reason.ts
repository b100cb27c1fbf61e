import type { FinishReason } from '@bedrock-kit/core';

/** Converse `StopReason` → `FinishReason` (service model enum; unknown or missing → `other`). */
const finishReasons: Readonly<Record<string, FinishReason>> = {
  end_turn: 'stop',
  stop_sequence: 'stop',
  max_tokens: 'length',
  model_context_window_exceeded: 'length',
  tool_use: 'tool-calls',
  guardrail_intervened: 'content-filter',
  content_filtered: 'content-filter',
  malformed_model_output: 'error',
  malformed_tool_use: 'error',
};

/** Maps a Converse stop reason to the finish reason of the result. */
export function mapConverseStopReason(stopReason: unknown): FinishReason {
  return (typeof stopReason === 'string' && Object.hasOwn(finishReasons, stopReason) && finishReasons[stopReason]) || 'other';
}
