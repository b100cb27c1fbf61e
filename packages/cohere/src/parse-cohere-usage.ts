import type { Usage } from '@bedrock-kit/core';

/**
 * Usage of a native (non-streaming) Cohere answer. Bedrock reports it in the
 * `X-Amzn-Bedrock-Input-Token-Count` / `X-Amzn-Bedrock-Output-Token-Count`
 * response headers (the body has none for Command R); `meta.billed_units`
 * is read as a fallback when a body carries it.
 */
export function parseCohereUsage(headers: Headers, body: unknown): Usage {
  const billed = (body as { meta?: { billed_units?: Record<string, unknown> } } | null)?.meta?.billed_units;
  const inputTokens = headerCount(headers, 'x-amzn-bedrock-input-token-count') ?? numberOr(billed?.input_tokens) ?? 0;
  const outputTokens = headerCount(headers, 'x-amzn-bedrock-output-token-count') ?? numberOr(billed?.output_tokens) ?? 0;
  return { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens };
}

function headerCount(headers: Headers, name: string): number | undefined {
  const value = headers.get(name);
  if (value === null || value.trim() === '') return undefined;
  const count = Number(value);
  return Number.isFinite(count) ? count : undefined;
}

function numberOr(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}
