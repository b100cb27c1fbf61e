import { InputError } from '@bedrock-kit/core';

/** The `providerOptions` keys this family reads. */
export interface AnthropicOptions {
  /** `providerOptions.anthropicPromptCache`: add cache points on system, tools and the conversation prefix. */
  promptCache: boolean;
  /** `providerOptions.anthropicPromptCacheTtl`: `'5m'` or `'1h'`; absent means the service default (5 minutes). */
  promptCacheTtl?: '5m' | '1h';
  /** `providerOptions.anthropicCitations`: ask for citations on every document part. */
  citations: boolean;
}

const ttls = ['5m', '1h'] as const;

/** Reads and checks this family's keys of `providerOptions`; other keys are ignored. */
export function readAnthropicOptions(providerOptions: Record<string, unknown>): AnthropicOptions {
  const { anthropicPromptCache, anthropicPromptCacheTtl, anthropicCitations } = providerOptions;
  checkBoolean('anthropicPromptCache', anthropicPromptCache);
  checkBoolean('anthropicCitations', anthropicCitations);
  if (anthropicPromptCacheTtl !== undefined && !(ttls as readonly unknown[]).includes(anthropicPromptCacheTtl)) {
    throw new InputError({
      message: `providerOptions.anthropicPromptCacheTtl must be '5m' or '1h' (the TTLs Bedrock accepts for Claude cache points); got ${JSON.stringify(anthropicPromptCacheTtl)}.`,
    });
  }
  const options: AnthropicOptions = { promptCache: anthropicPromptCache === true, citations: anthropicCitations === true };
  if (anthropicPromptCacheTtl !== undefined) options.promptCacheTtl = anthropicPromptCacheTtl as '5m' | '1h';
  return options;
}

function checkBoolean(key: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'boolean') {
    throw new InputError({ message: `providerOptions.${key} must be a boolean (true or false); got ${typeof value}.` });
  }
}
