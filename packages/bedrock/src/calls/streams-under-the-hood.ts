import type { PreparedCall } from '../request/prepare-call';
import { throwInputError } from '../request/throw-input-error';

/** API.md "long generations": above this many tokens (maxTokens plus any reasoning budget) an answer may outlast idle cuts and SigV4's window. */
const longGenerationTokens = 10_000;
/** Counted when the caller gives no maxTokens: the largest default a family sends (Claude's 4096). */
const defaultMaxTokens = 4_096;

/**
 * Whether `generateText` / `generateObject` take the streaming route under the hood
 * (`providerOptions.streamUnderTheHood`, default `'auto'`): bytes then flow within seconds
 * and keep flowing, so a long answer is not cut by an idle proxy nor refused as "Signature
 * expired". Never where the model refuses tool use while streaming (gpt-oss with tools).
 */
export function streamsUnderTheHood({ modelRequest, target }: PreparedCall): boolean {
  const { providerOptions, maxTokens = defaultMaxTokens, tools } = modelRequest;
  const mode = providerOptions.streamUnderTheHood ?? 'auto';
  if (mode !== 'auto' && mode !== 'always' && mode !== 'never') throwInputError(`providerOptions.streamUnderTheHood must be 'auto', 'always' or 'never'; got ${JSON.stringify(mode)}.`);
  if (mode === 'never' || (tools && target.info?.capabilities.toolsWhileStreaming === false)) return false;
  const { reasoning } = modelRequest as { reasoning?: unknown };
  const thinking = (modelRequest.additionalModelRequestFields as { thinking?: { budget_tokens?: unknown } } | undefined)?.thinking;
  const budget = Number((reasoning as { budgetTokens?: unknown } | undefined)?.budgetTokens ?? 0) + Number(thinking?.budget_tokens ?? 0);
  return mode === 'always' || maxTokens + (budget || 0) > longGenerationTokens;
}
