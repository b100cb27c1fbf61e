import type { Usage } from './usage';

/** Each count and the `x-amzn-bedrock-{name}-token-count` header it comes from. */
const headerNames: [keyof Usage, string][] = [
  ['inputTokens', 'input'],
  ['outputTokens', 'output'],
  ['cacheReadTokens', 'cache-read-input'],
  ['cacheWriteTokens', 'cache-write-input'],
];

/**
 * The `X-Amzn-Bedrock-*-Token-Count` headers Bedrock adds to every InvokeModel response,
 * whatever the family; a header that is absent or not a whole number is left out.
 */
export function parseUsageHeaders(headers: Headers | undefined): Partial<Usage> {
  const usage: Partial<Usage> = {};
  for (const [key, name] of headerNames) {
    const value = headers?.get(`x-amzn-bedrock-${name}-token-count`);
    if (value != null && /^\d+$/.test(value)) usage[key] = Number(value);
  }
  return usage;
}
