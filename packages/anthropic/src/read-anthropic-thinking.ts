import { InputError, type ModelInfo, type ModelRequest } from '@bedrock-kit/core';

/** Extended thinking as the caller asked for it in `additionalModelRequestFields`. */
export interface AnthropicThinking {
  enabled: boolean;
  /** `budget_tokens`, when given. */
  budgetTokens?: number;
}

/**
 * Reads `thinking` (Anthropic's name) or `reasoning_config` (the name Bedrock's first Claude 3.7
 * examples used) from `additionalModelRequestFields`, and checks the one rule known before
 * sending: thinking needs a model whose table row has `reasoning` (Claude 3.7 Sonnet and later;
 * older models answer 400), and it allows only `auto` / `none` tool choice
 * (https://docs.anthropic.com/en/docs/build-with-claude/extended-thinking#extended-thinking-with-tool-use).
 */
export function readAnthropicThinking(request: ModelRequest, model: ModelInfo): AnthropicThinking {
  const fields = request.additionalModelRequestFields ?? {};
  const config = (fields.thinking ?? fields.reasoning_config) as Record<string, unknown> | undefined;
  const enabled = typeof config === 'object' && config !== null && config.type !== undefined && config.type !== 'disabled';
  if (!enabled) return { enabled: false };
  if (!model.capabilities.reasoning) {
    throw new InputError({
      message: `${model.modelId}: this Claude model has no extended thinking (reasoning) on Bedrock; remove "thinking" / "reasoning_config" from additionalModelRequestFields, or use Claude 3.7 Sonnet or later.`,
    });
  }
  const choice = request.toolChoice;
  if (request.tools?.length && (choice === 'required' || typeof choice === 'object')) {
    throw new InputError({
      message: `Claude extended thinking allows toolChoice 'auto' or 'none' only; got ${JSON.stringify(choice)}. Drop the forced tool choice or turn thinking off.`,
    });
  }
  const thinking: AnthropicThinking = { enabled: true };
  if (typeof config.budget_tokens === 'number') thinking.budgetTokens = config.budget_tokens;
  return thinking;
}
