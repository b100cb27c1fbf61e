import type { ModelInfo, ModelRequest } from '@bedrock-kit/core';
import { checkAnthropicToolChoice } from './check-anthropic-tool-choice';
import { throwInputError } from './throw-input-error';

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
    throwInputError(`${model.modelId}: this Claude model has no extended thinking (reasoning) on Bedrock; remove "thinking" / "reasoning_config" from additionalModelRequestFields.`);
  }
  // The facade has checked that a forced choice comes with tools.
  checkAnthropicToolChoice(request.toolChoice, 'extended thinking');
  return typeof budget === 'number' ? budget : undefined;
}
