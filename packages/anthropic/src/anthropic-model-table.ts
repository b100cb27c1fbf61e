import type { ModelCapabilities } from '@bedrock-kit/core';

/** One row of the Claude model table: which foundation-model IDs it covers and what they can do on Bedrock. */
export interface AnthropicModelRow {
  /** Human name, e.g. `Claude 3.7 Sonnet` (README, error messages). */
  name: string;
  /** Matches the foundation-model ID (profile prefix / ARN already stripped). */
  match: RegExp;
  capabilities: ModelCapabilities;
  /** Bedrock serves this model only through cross-region inference profiles (no on-demand bare ID). */
  profileOnly: boolean;
}

const claude3: ModelCapabilities = {
  tools: true,
  toolsWhileStreaming: true,
  reasoning: false,
  promptCaching: false,
  images: true,
  documents: true,
  citations: false,
  nativeApi: true,
  systemPrompt: true,
};

const claude4: ModelCapabilities = { ...claude3, reasoning: true, promptCaching: true, citations: true };

/** The two row shapes most models share: Claude 3 served on demand, and Claude 3.7+ through profiles only. */
const claude3OnDemand = { capabilities: claude3, profileOnly: false };
const claude4ProfileOnly = { capabilities: claude4, profileOnly: true };

/*
 * Sources (looked up 2026-08):
 * [converse]  https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference-supported-models-features.html
 *             (system prompts, document chat, vision, tool use, streaming tool use per model)
 * [caching]   https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-caching.html
 *             (GA: Claude 3.7 Sonnet, 3.5 Haiku, Claude 4.x; 3.5 Sonnet v2 preview only, closed to new customers)
 * [thinking]  https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-extended-thinking.html
 *             (extended thinking: Claude 3.7 Sonnet and Claude 4+)
 * [citations] Anthropic citations on Claude 3.7 Sonnet and Claude 4 (spring-projects/spring-ai commit e91eda9
 *             notes the same support range); CitationsConfig in the Bedrock Runtime service model.
 * [profiles]  "Invocation of model ID … with on-demand throughput isn't supported" reports:
 *             cline/cline#1952 (3.7 Sonnet), danny-avila/LibreChat#4570 (3.5 Sonnet v2),
 *             epam/ai-dial-adapter-bedrock#397 (Sonnet 4.6); recorded exchanges below show which bare IDs work.
 * [count]     https://docs.aws.amazon.com/bedrock/latest/userguide/count-tokens.html (CountTokens: Claude 3.5 Haiku,
 *             3.5 Sonnet and v2, 3.7 Sonnet, Opus 4, Sonnet 4; some CRIS-only Claude models not: the 4.x rows,
 *             which cover later releases too, stay without it)
 */

/**
 * The Claude models bedrock-kit knows, most specific first. IDs not listed fall back to
 * {@link anthropicDefaultRow} (newer Claude models: full capabilities, no profile advice).
 */
export const anthropicModelTable: readonly AnthropicModelRow[] = [
  // [converse] Claude 2.x: no tool use, no vision. Legacy; kept so old IDs don't get Claude 4 defaults.
  {
    name: 'Claude 2.x / Instant',
    match: /^anthropic\.claude-(v2|instant)/,
    capabilities: { ...claude3, tools: false, toolsWhileStreaming: false, images: false },
    profileOnly: false,
  },
  // [converse] [caching] bare ID recorded working: openllmetry test_anthropic_3_completion_string_content (2024-06).
  { name: 'Claude 3 Sonnet', match: /^anthropic\.claude-3-sonnet-/, ...claude3OnDemand },
  // [converse] [caching]
  { name: 'Claude 3 Haiku', match: /^anthropic\.claude-3-haiku-/, ...claude3OnDemand },
  // [converse] [caching]
  { name: 'Claude 3 Opus', match: /^anthropic\.claude-3-opus-/, ...claude3OnDemand },
  // [converse] [caching] v1 (2024-06-20) works with the bare ID.
  { name: 'Claude 3.5 Sonnet', match: /^anthropic\.claude-3-5-sonnet-20240620/, capabilities: { ...claude3, countTokens: true }, profileOnly: false },
  // [converse] [caching] (preview only → false) [profiles] LibreChat#4570: bare ID refused on demand.
  { name: 'Claude 3.5 Sonnet v2', match: /^anthropic\.claude-3-5-sonnet-/, capabilities: { ...claude3, countTokens: true }, profileOnly: true },
  // [converse] vision "No" for 3.5 Haiku; [caching] GA; bare ID recorded working:
  // openllmetry test_invoke_model_cache_tokens (2025-03, us-east-1).
  {
    name: 'Claude 3.5 Haiku',
    match: /^anthropic\.claude-3-5-haiku-/,
    capabilities: { ...claude3, images: false, promptCaching: true, countTokens: true },
    profileOnly: false,
  },
  // [converse] [caching] [thinking] [citations] [profiles] cline#1952; recorded through `us.` and a profile ARN
  // (pydantic-ai test_bedrock_model_thinking_part_redacted_stream, openllmetry test_anthropic_cross_region).
  { name: 'Claude 3.7 Sonnet', match: /^anthropic\.claude-3-7-sonnet-/, capabilities: { ...claude4, countTokens: true }, profileOnly: true },
  // [converse] [caching] [thinking] [citations] [profiles]; recorded through `us.`
  // (pydantic-ai test_bedrock_model_thinking_part_anthropic, test_bedrock_cache_write_and_read).
  { name: 'Claude Sonnet 4.x', match: /^anthropic\.claude-sonnet-4/, ...claude4ProfileOnly },
  // [converse] [caching] [thinking] [citations] [profiles]; Opus 4.8 recorded through `us.`
  // (pydantic-ai test_mid_conversation_system_prompt_on_bedrock).
  { name: 'Claude Opus 4.x', match: /^anthropic\.claude-opus-4/, ...claude4ProfileOnly },
  // [converse] [caching] [thinking] [citations] [profiles]
  { name: 'Claude Haiku 4.x', match: /^anthropic\.claude-haiku-4/, ...claude4ProfileOnly },
];

/**
 * Any other `anthropic.*` ID: a model newer than this table, or a misspelt one. It gets the full
 * feature set, but no "use an inference profile" advice: that advice is certain only for the rows
 * above. A bare ID the service refuses on demand gets the service's own message, which says so.
 */
export const anthropicDefaultRow: AnthropicModelRow = {
  name: 'Claude (newer model)',
  match: /^anthropic\./,
  capabilities: claude4,
  profileOnly: false,
};
