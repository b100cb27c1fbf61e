import { completeUsage, parseUsageHeaders, readTokenCounts, type Usage } from '@bedrock-kit/core';

/**
 * Usage of a native (non-streaming) Cohere answer. Bedrock reports it in the
 * `X-Amzn-Bedrock-Input-Token-Count` / `X-Amzn-Bedrock-Output-Token-Count`
 * response headers (the body has none for Command R); `meta.billed_units`
 * is read as a fallback when a body carries it.
 */
export function parseCohereUsage(headers: Headers, body: unknown): Usage {
  const billed = (body as { meta?: { billed_units?: unknown } } | null)?.meta?.billed_units;
  return completeUsage({ ...readTokenCounts(billed, { inputTokens: 'input_tokens', outputTokens: 'output_tokens' }), ...parseUsageHeaders(headers) });
}
