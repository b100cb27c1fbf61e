import type { FinishReason } from '@bedrock-kit/core';

/**
 * Claude's `stop_reason` → finish reason
 * (https://docs.anthropic.com/en/api/handling-stop-reasons). `guardrail_intervened` and
 * `content_filtered` are Bedrock's own reasons when a guardrail or filter stops the answer.
 */
export function mapAnthropicStopReason(stopReason: unknown): FinishReason {
  switch (stopReason) {
    case 'end_turn':
    case 'stop_sequence':
      return 'stop';
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'tool_use':
      return 'tool-calls';
    case 'refusal':
    case 'guardrail_intervened':
    case 'content_filtered':
      return 'content-filter';
    default:
      // pause_turn (a server tool paused the turn), null, and reasons newer than this list.
      return 'other';
  }
}
