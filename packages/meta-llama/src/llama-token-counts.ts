/** Where a Llama answer (and each of its stream chunks) keeps its token counts, for `readTokenCounts`. */
export const llamaTokenCounts = { inputTokens: 'prompt_token_count', outputTokens: 'generation_token_count' } as const;
