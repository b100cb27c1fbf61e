import type { FinishReason } from '@bedrock-kit/core';

/** Maps the chat-completions `finish_reason` to ours; `function_call` is the legacy name of `tool_calls`. */
export function mapOpenaiOssFinishReason(reason: unknown): FinishReason {
  switch (reason) {
    case 'stop':
      return 'stop';
    case 'length':
      return 'length';
    case 'tool_calls':
    case 'function_call':
      return 'tool-calls';
    case 'content_filter':
      return 'content-filter';
    default:
      return 'other';
  }
}
