import { convertTextToParts, type ModelResponse, type NativeResponseContext } from '@bedrock-kit/core';
import { mapCohereFinishReason } from './map-cohere-finish-reason';
import { parseCohereUsage } from './parse-cohere-usage';

/**
 * A legacy Command answer: `{ id, generations: [{ id, text, finish_reason }], prompt }`
 * with usage in the `X-Amzn-Bedrock-*-Token-Count` headers. Only one
 * generation is requested, so the first is the answer.
 */
export function parseCohereTextResponse(body: unknown, context: NativeResponseContext): ModelResponse {
  // The codec sends only bodies with a `generations` list here.
  const first = ((body as { generations: unknown[] }).generations[0] ?? {}) as { text?: unknown; finish_reason?: unknown };
  return {
    content: convertTextToParts(first.text),
    finishReason: mapCohereFinishReason(first.finish_reason, false),
    usage: parseCohereUsage(context.headers, body),
  };
}
