// The Claude keys of `providerOptions`, typed for every caller that imports @bedrock-kit/anthropic.
declare module '@bedrock-kit/core' {
  interface FamilyProviderOptions {
    /** Claude prompt caching: cache points on system, tools and the conversation prefix. */
    anthropicPromptCache?: boolean;
    /** Claude prompt-cache TTL, `'5m'` or `'1h'` (checked when the request is built). @default about 5 minutes */
    anthropicPromptCacheTtl?: string;
    /** Citations on every document part. */
    anthropicCitations?: boolean;
  }
}

export {};
