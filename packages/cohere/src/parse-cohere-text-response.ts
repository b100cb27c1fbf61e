import type { ModelResponse, NativeResponseContext, Part } from '@bedrock-kit/core';
import { mapCohereFinishReason } from './map-cohere-finish-reason';
import { parseCohereUsage } from './parse-cohere-usage';

/**
 * A legacy Command answer: `{ id, generations: [{ id, text, finish_reason }], prompt }`
 * with usage in the `X-Amzn-Bedrock-*-Token-Count` headers. Only one
 * generation is requested, so the first is the answer.
 */
export function parseCohereTextResponse(body: unknown, context: NativeResponseContext): ModelResponse {
  const generations = (body as { generations?: unknown[] }).generations ?? [];
  const first = (generations[0] ?? {}) as { text?: unknown; finish_reason?: unknown };
  const content: Part[] = typeof first.text === 'string' && first.text !== '' ? [{ type: 'text', text: first.text }] : [];
  return {
    content,
    finishReason: mapCohereFinishReason(first.finish_reason, false),
    usage: parseCohereUsage(context.headers, body),
  };
}
