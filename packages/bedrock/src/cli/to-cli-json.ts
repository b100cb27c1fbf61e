import type { GenerateTextResult } from '@bedrock-kit/core';

/**
 * The keys of `--json` output, in this order, every one always present (`null` when the call has no
 * value for it), so a script (`jq .usage.outputTokens`) can rely on them. Adding a key is a minor
 * change of the CLI; removing or renaming one is a major change. The values are those of
 * `GenerateTextResult` (API.md).
 */
export const cliJsonKeys = [
  'text',
  'finishReason',
  'usage',
  'toolCalls',
  'toolResults',
  'reasoning',
  'citations',
  'warnings',
  'api',
  'requestId',
  'providerMetadata',
  'content',
  'steps',
  'response',
] as const;

/** The result as `--json` prints it: the keys of {@link cliJsonKeys}, in order. */
export function toCliJson(result: GenerateTextResult): Record<(typeof cliJsonKeys)[number], unknown> {
  const json = {} as Record<(typeof cliJsonKeys)[number], unknown>;
  for (const key of cliJsonKeys) json[key] = (result as unknown as Record<string, unknown>)[key] ?? null;
  return json;
}
