import { completeNativeUsage, convertTextToParts, hasGuardrailIntervened, readTokenCounts, ServiceError, type ModelResponse } from '@bedrock-kit/core';
import { createStopSequenceFilter } from './create-stop-sequence-filter';
import { llamaTokenCounts } from './llama-token-counts';
import { mapMetaLlamaStopReason } from './map-meta-llama-stop-reason';
import type { MetaLlamaResponseBody } from './meta-llama-request-body';
import type { MetaLlamaResponseContext } from './meta-llama-response-context';

/**
 * Decodes a native Llama answer `{ generation, prompt_token_count,
 * generation_token_count, stop_reason }`. Token counts missing from the body
 * (guardrail replies) come from the `X-Amzn-Bedrock-Input-Token-Count` /
 * `-Output-Token-Count` headers, else 0. When the request had stop sequences
 * (`context.request`), the text is cut at the first one and the finish reason
 * is `stop`.
 */
export function parseMetaLlamaResponse(body: unknown, context: MetaLlamaResponseContext): ModelResponse {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ServiceError({ message: 'meta-llama InvokeModel returned a body that is not a JSON object; expected { generation, stop_reason, … }.' });
  }
  const response = body as MetaLlamaResponseBody;
  const filter = createStopSequenceFilter(context.request?.stopSequences ?? []);
  const { text, stopped } = filter.push(typeof response.generation === 'string' ? response.generation : '');
  const fullText = text + filter.flush();
  return {
    content: convertTextToParts(fullText),
    finishReason: stopped ? 'stop' : hasGuardrailIntervened(response) ? 'content-filter' : mapMetaLlamaStopReason(response.stop_reason),
    usage: completeNativeUsage(context.headers, readTokenCounts(response, llamaTokenCounts)),
  };
}
