import { mapStopReason, type FinishReason } from '@bedrock-kit/core';

/** `stop_reason` of both bodies: `stop`, `length`, `tool_calls` (chat), `model_length` (context exhausted). */
export function mapMistralStopReason(stopReason: unknown): FinishReason {
  return (
    mapStopReason(stopReason, { stop: ['stop'], length: ['length', 'model_length'], 'tool-calls': ['tool_calls'], 'content-filter': ['content_filter'], error: ['error'] }) ??
    'other'
  );
}
