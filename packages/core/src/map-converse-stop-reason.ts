import { mapStopReason, type StopReasonTable } from './map-stop-reason';
import type { FinishReason } from './usage';

/**
 * Converse's `StopReason`s (service model enum) and Claude's `stop_reason`s
 * (https://docs.anthropic.com/en/api/handling-stop-reasons): Converse took Claude's names, so one
 * table serves both. `refusal` is Claude's only, the `malformed_*` reasons are Converse's only.
 */
const converseStopReasons: StopReasonTable = {
  stop: ['end_turn', 'stop_sequence'],
  length: ['max_tokens', 'model_context_window_exceeded'],
  'tool-calls': ['tool_use'],
  'content-filter': ['refusal', 'guardrail_intervened', 'content_filtered'],
  error: ['malformed_model_output', 'malformed_tool_use'],
};

/**
 * Maps a Converse stop reason, or a Claude native `stop_reason`, to the finish reason of the
 * result; any other value (Claude's `pause_turn`, `null`, reasons newer than this list) is `other`.
 */
export function mapConverseStopReason(stopReason: unknown): FinishReason {
  return mapStopReason(stopReason, converseStopReasons) ?? 'other';
}
