import type { FinishReason } from '@bedrock-kit/core';

/** Chat-completions `finish_reason` values; `function_call` is the legacy name of `tool_calls`. */
const finishReasons: Record<string, FinishReason> = {
  stop: 'stop',
  length: 'length',
  tool_calls: 'tool-calls',
  function_call: 'tool-calls',
  content_filter: 'content-filter',
};

/** Maps the chat-completions `finish_reason` to ours; anything else is `other`. */
export function mapOpenaiOssFinishReason(reason: unknown): FinishReason {
  return typeof reason === 'string' && Object.hasOwn(finishReasons, reason) ? finishReasons[reason]! : 'other';
}
