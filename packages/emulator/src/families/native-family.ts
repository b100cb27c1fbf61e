import type { ConversationView } from '../conversation/conversation-view';
import type { Reply } from '../reply';
import type { RenderContext } from '../render/render-context';

/** A model family's native InvokeModel body, as the emulator understands it. */
export interface NativeFamily {
  name: 'anthropic' | 'cohere' | 'openai' | 'meta' | 'mistral' | 'deepseek';
  /** The service's message for a body that lacks a required field, else undefined. */
  validate(body: Record<string, unknown>): string | undefined;
  view(body: Record<string, any>): ConversationView;
  /** The InvokeModel JSON answer. */
  renderResponse(reply: Reply, context: RenderContext): Record<string, unknown>;
  /** The decoded JSON of each `chunk` of InvokeModelWithResponseStream; the last carries the invocation metrics. */
  renderStream(reply: Reply, context: RenderContext): Record<string, unknown>[];
}

/** `amazon-bedrock-invocationMetrics`, which Bedrock adds to the last chunk of every native stream. */
export function invocationMetrics(reply: Reply): Record<string, number> {
  return {
    inputTokenCount: reply.usage.inputTokens,
    outputTokenCount: reply.usage.outputTokens,
    invocationLatency: reply.latencyMs,
    firstByteLatency: Math.max(1, Math.floor(reply.latencyMs / 2)),
    ...(reply.usage.cacheReadInputTokens !== undefined ? { cacheReadInputTokenCount: reply.usage.cacheReadInputTokens } : {}),
    ...(reply.usage.cacheWriteInputTokens !== undefined ? { cacheWriteInputTokenCount: reply.usage.cacheWriteInputTokens } : {}),
  };
}

/** The service's message for missing required keys of a native body. */
export function missingKeysMessage(body: Record<string, unknown>, keys: readonly string[]): string | undefined {
  const missing = keys.filter((key) => body[key] === undefined || body[key] === null);
  if (missing.length === 0) return undefined;
  const details = missing.map((key) => `#: required key [${key}] not found`).join('#: ');
  const prefix = missing.length > 1 ? `#: ${missing.length} schema violations found` : '';
  return `Malformed input request: ${prefix}${details}, please reformat your input and try again.`;
}
