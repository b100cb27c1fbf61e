import { mapStopReason, type FinishReason, type StopReasonTable } from '@bedrock-kit/core';

/** Chat-completions `finish_reason` values; `function_call` is the legacy name of `tool_calls`. */
const finishReasons: StopReasonTable = {
  stop: ['stop'],
  length: ['length'],
  'tool-calls': ['tool_calls', 'function_call'],
  'content-filter': ['content_filter'],
};

/** Maps the chat-completions `finish_reason` to ours; anything else is `other`. */
export function mapOpenaiOssFinishReason(reason: unknown): FinishReason {
  return mapStopReason(reason, finishReasons) ?? 'other';
}
