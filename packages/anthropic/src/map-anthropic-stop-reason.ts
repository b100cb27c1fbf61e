/**
 * Claude's `stop_reason` → finish reason (https://docs.anthropic.com/en/api/handling-stop-reasons).
 * Converse took its stop reasons from Claude's Messages API, so core's one table serves both:
 * `refusal` and Bedrock's `guardrail_intervened` / `content_filtered` are `content-filter`;
 * `pause_turn`, `null` and reasons newer than the table are `other`.
 */
export { mapConverseStopReason as mapAnthropicStopReason } from '@bedrock-kit/core';
