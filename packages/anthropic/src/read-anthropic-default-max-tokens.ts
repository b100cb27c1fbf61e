// Its own file: the Converse adapter needs it too, and importing it from prepare-anthropic-request
// would pull the native body builder (a chunk loaded on use) into every bundle.

/**
 * `max_tokens` when the caller gives none. The Messages API requires the field; 4096 is the
 * output limit every Claude 3+ model supports (and what pydantic-ai sends, see the recorded
 * test_mid_conversation_system_prompt_on_bedrock).
 */
export const anthropicDefaultMaxTokens = 4096;

/** `max_tokens` when the caller gives none: the thinking budget must stay below it, so a large budget raises the default. */
export function readAnthropicDefaultMaxTokens(budgetTokens: number): number {
  return (budgetTokens < anthropicDefaultMaxTokens ? 0 : budgetTokens) + anthropicDefaultMaxTokens;
}
