import type { Usage } from './usage';

const headerNames: [keyof Usage, string][] = [
  ['inputTokens', 'x-amzn-bedrock-input-token-count'],
  ['outputTokens', 'x-amzn-bedrock-output-token-count'],
  ['cacheReadTokens', 'x-amzn-bedrock-cache-read-input-token-count'],
  ['cacheWriteTokens', 'x-amzn-bedrock-cache-write-input-token-count'],
];

/**
 * The `X-Amzn-Bedrock-*-Token-Count` headers Bedrock adds to every InvokeModel response,
 * whatever the family; a header that is absent or not a whole number is left out.
 */
export function parseUsageHeaders(headers: Headers | undefined): Partial<Usage> {
  const usage: Partial<Usage> = {};
  for (const [key, name] of headerNames) {
    const value = headers?.get(name);
    if (value != null && /^\d+$/.test(value)) usage[key] = Number(value);
  }
  return usage;
}
