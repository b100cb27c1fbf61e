import type { LanguageModelV4Usage } from '@ai-sdk/provider';
import type { Usage } from '@bedrock-kit/core';

/**
 * bedrock-kit reports usage as Bedrock does (`inputTokens` without cache reads
 * and writes); the AI SDK's `inputTokens.total` includes them and `noCache` is
 * the rest. A count the wire did not give stays `undefined`.
 */
export function convertUsage(usage: Usage | undefined): LanguageModelV4Usage {
  const input = usage?.inputTokens as number | undefined;
  const cacheRead = usage?.cacheReadTokens;
  const cacheWrite = usage?.cacheWriteTokens;
  const total = input === undefined ? undefined : input + (cacheRead ?? 0) + (cacheWrite ?? 0);
  return {
    inputTokens: { total, noCache: input, cacheRead, cacheWrite },
    outputTokens: { total: usage?.outputTokens as number | undefined, text: undefined, reasoning: undefined },
    ...(usage ? { raw: { ...usage } } : {}),
  };
}
