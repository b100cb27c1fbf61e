import { InputError, type ModelInfo, type ModelRequest } from '@bedrock-kit/core';

/**
 * Reads extended thinking from `additionalModelRequestFields`: `thinking` (Anthropic's name) or
 * `reasoning_config` (the name Bedrock's first Claude 3.7 examples used). Checks the rules known
 * before sending: thinking needs a model whose table row has `reasoning` (older models answer 400),
 * and it allows only `auto` / `none` tool choice
 * (https://docs.anthropic.com/en/docs/build-with-claude/extended-thinking#extended-thinking-with-tool-use).
 * Returns `budget_tokens` when thinking is on and a budget is given.
 */
export function readAnthropicThinkingBudget(request: ModelRequest, model: ModelInfo): number | undefined {
  const fields = request.additionalModelRequestFields ?? {};
  const config = (fields.thinking ?? fields.reasoning_config ?? {}) as { type?: unknown; budget_tokens?: unknown };
  const { type, budget_tokens: budget } = config;
  if (type === undefined || type === 'disabled') return undefined;
  if (!model.capabilities.reasoning) {
    throw new InputError({
      message: `${model.modelId}: this Claude model has no extended thinking (reasoning) on Bedrock; remove "thinking" / "reasoning_config" from additionalModelRequestFields.`,
    });
  }
  // The facade has checked that a forced choice comes with tools.
  const choice = request.toolChoice;
  if (choice === 'required' || typeof choice === 'object') {
    throw new InputError({
      message: `Claude extended thinking allows toolChoice 'auto' or 'none' only; got ${JSON.stringify(choice)}. Drop the forced choice or turn thinking off.`,
    });
  }
  return typeof budget === 'number' ? budget : undefined;
}
