import { completeUsage } from './complete-usage';
import { parseUsageHeaders } from './parse-usage-headers';
import type { Usage } from './usage';

/**
 * The usage of a native (non-streaming) answer: the counts its body carries win over Bedrock's
 * `X-Amzn-Bedrock-*-Token-Count` headers, which fill what the body lacks (e.g. guardrail replies).
 */
export function completeNativeUsage(headers: Headers | undefined, bodyCounts: Partial<Usage> | undefined): Usage {
  return completeUsage({ ...parseUsageHeaders(headers), ...bodyCounts });
}
