import { completeUsage, parseUsageHeaders, readTokenCounts, ServiceError, type ModelResponse, type Part } from '@bedrock-kit/core';
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
  let text = typeof response.generation === 'string' ? response.generation : '';
  let cut = false;
  const stops = context.request?.stopSequences;
  if (stops !== undefined && stops.length > 0) {
    const filter = createStopSequenceFilter(stops);
    const pushed = filter.push(text);
    text = pushed.text + filter.flush();
    cut = pushed.stopped;
  }
  const content: Part[] = text === '' ? [] : [{ type: 'text', text }];
  return {
    content,
    finishReason: cut ? 'stop' : mapMetaLlamaStopReason(response.stop_reason, response['amazon-bedrock-guardrailAction']),
    usage: completeUsage({ ...parseUsageHeaders(context.headers), ...readTokenCounts(response, llamaTokenCounts) }),
  };
}
