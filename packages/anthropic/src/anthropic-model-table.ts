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
  /**
   * How `reasoning` levels are sent: `'budget'` — extended thinking with a documented budget per
   * level; `'adaptive'` — adaptive thinking plus `effort` (a `{ budgetTokens }` still works);
   * `'adaptive-only'` — adaptive thinking plus `effort`, a token budget is refused (400 on these models).
   * @default 'budget'
   */
  thinking?: 'budget' | 'adaptive' | 'adaptive-only';
  /** The native Messages body takes `role: 'system'` turns mid-conversation. */
  systemMessages?: boolean;
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

const claude4: ModelCapabilities = {
  ...claude3,
  reasoning: true,
  promptCaching: true,
  citations: true,
  reasoningEfforts: ['low', 'medium', 'high'],
  promptCacheTtls: ['5m'],
};

/**
 * Claude 4.5 and later: structured output on both routes (Converse `outputConfig.textFormat`, native
 * `output_config.format`) and one-hour cache points ([structured], [ttl]).
 */
const claude45: ModelCapabilities = { ...claude4, structuredOutput: true, nativeStructuredOutput: true, promptCacheTtls: ['5m', '1h'] };

/** Adaptive thinking with effort ([adaptive], [effort]): Opus 4.6, Sonnet 4.6 take up to `max`; 4.7+ add `xhigh`. */
const claude46: ModelCapabilities = { ...claude45, reasoningEfforts: ['low', 'medium', 'high', 'max'] };
const claude47: ModelCapabilities = { ...claude45, reasoningEfforts: ['low', 'medium', 'high', 'xhigh', 'max'] };

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
 * [structured] https://docs.aws.amazon.com/bedrock/latest/userguide/structured-output.html (Converse
 *             `outputConfig.textFormat`, InvokeModel `output_config.format`): Claude Haiku 4.5, Sonnet 4.5,
 *             Opus 4.5, Opus 4.6 and later; https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-structured-outputs.html:
 *             the same models through Converse / ConverseStream and InvokeModel / InvokeModelWithResponseStream.
 * [adaptive]  https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-adaptive-thinking.html:
 *             Opus 4.6 and Sonnet 4.6 (budget_tokens deprecated there), Opus 4.7 (adaptive only: a budget is a 400);
 *             older models need `thinking.type: 'enabled'` with `budget_tokens`.
 * [effort]    https://platform.claude.com/docs/en/build-with-claude/effort: `max` on Opus 4.6+, Sonnet 4.6;
 *             `xhigh` on Opus 4.7 and 4.8.
 * [ttl]       one-hour cache TTL (`ttl: '1h'`) on Bedrock for Claude 4.5 models and later (prompt-caching guide).
 * [system]    a `role: 'system'` turn mid-conversation in the native body, recorded on Opus 4.8
 *             (pydantic-ai test_mid_conversation_system_prompt_on_bedrock).
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
  // [adaptive] [effort] [structured] [ttl]
  { name: 'Claude Sonnet 4.6', match: /^anthropic\.claude-sonnet-4-6/, capabilities: claude46, profileOnly: true, thinking: 'adaptive' },
  // [structured] [ttl]; budget thinking.
  { name: 'Claude Sonnet 4.5', match: /^anthropic\.claude-sonnet-4-5/, capabilities: claude45, profileOnly: true },
  // [converse] [caching] [thinking] [citations] [profiles]; recorded through `us.`
  // (pydantic-ai test_bedrock_model_thinking_part_anthropic, test_bedrock_cache_write_and_read).
  { name: 'Claude Sonnet 4.x', match: /^anthropic\.claude-sonnet-4/, ...claude4ProfileOnly },
  // [adaptive] (adaptive only) [effort] [structured] [ttl] [system]
  { name: 'Claude Opus 4.8', match: /^anthropic\.claude-opus-4-8/, capabilities: claude47, profileOnly: true, thinking: 'adaptive-only', systemMessages: true },
  // [adaptive] (adaptive only) [effort] [structured] [ttl]
  { name: 'Claude Opus 4.7', match: /^anthropic\.claude-opus-4-7/, capabilities: claude47, profileOnly: true, thinking: 'adaptive-only' },
  // [adaptive] [effort] [structured] [ttl]
  { name: 'Claude Opus 4.6', match: /^anthropic\.claude-opus-4-6/, capabilities: claude46, profileOnly: true, thinking: 'adaptive' },
  // [structured] [ttl]; budget thinking.
  { name: 'Claude Opus 4.5', match: /^anthropic\.claude-opus-4-5/, capabilities: claude45, profileOnly: true },
  // [converse] [caching] [thinking] [citations] [profiles]; Opus 4.8 recorded through `us.`
  // (pydantic-ai test_mid_conversation_system_prompt_on_bedrock).
  { name: 'Claude Opus 4.x', match: /^anthropic\.claude-opus-4/, ...claude4ProfileOnly },
  // [converse] [caching] [thinking] [citations] [profiles] [structured] [ttl]; budget thinking.
  { name: 'Claude Haiku 4.5', match: /^anthropic\.claude-haiku-4-5/, capabilities: claude45, profileOnly: true },
];

/**
 * Any other `anthropic.*` ID: a model newer than this table, or a misspelt one. It gets the full
 * feature set, but no "use an inference profile" advice: that advice is certain only for the rows
 * above. A bare ID the service refuses on demand gets the service's own message, which says so.
 * The newest take adaptive thinking with every effort level (a token budget is left to the service).
 */
export const anthropicDefaultRow: AnthropicModelRow = {
  name: 'Claude (newer model)',
  match: /^anthropic\./,
  capabilities: claude47,
  profileOnly: false,
  thinking: 'adaptive',
  systemMessages: true,
};
