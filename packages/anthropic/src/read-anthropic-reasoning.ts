import type { ModelInfo, ModelRequest, ReasoningEffort } from '@bedrock-kit/core';
import { checkAnthropicToolChoice } from './check-anthropic-tool-choice';
import { findAnthropicModelRow } from './find-anthropic-model-row';
import { throwInputError } from './throw-input-error';

/**
 * The thinking budget a `reasoning` level stands for on a Claude model without adaptive thinking
 * (README "Reasoning"). `low` is Anthropic's minimum budget (1,024 tokens).
 */
export const anthropicBudgetPerLevel: Readonly<Record<'low' | 'medium' | 'high', number>> = { low: 1024, medium: 4096, high: 16384 };

/** Anthropic's smallest `budget_tokens`. */
const minimumBudget = 1024;

/** What `reasoning` becomes on the wire: the `thinking` field, and the effort where the model takes one. */
export interface AnthropicReasoning {
  thinking: { type: 'enabled'; budget_tokens: number } | { type: 'adaptive' };
  /** `output_config.effort` (native) / `outputConfig.effort` (Converse). */
  effort?: ReasoningEffort;
  /** The budget sent, to size `max_tokens`. */
  budgetTokens?: number;
}

/**
 * Maps the `reasoning` request field for Claude (the facade has checked it against the row):
 * `{ budgetTokens }` → `thinking: { type: 'enabled', budget_tokens }`; a level → adaptive
 * thinking plus `effort` on models that have it, else the budget of that level. `'none'` sends
 * nothing (thinking is off by default). Refused before sending: thinking set twice (`reasoning`
 * and `thinking` in `additionalModelRequestFields`), a budget on an adaptive-only model or below
 * 1,024, a `maxTokens` that leaves no room after the budget, and a forced tool choice.
 */
export function readAnthropicReasoning(request: ModelRequest, model: ModelInfo): AnthropicReasoning | undefined {
  const { reasoning } = request;
  if (reasoning === undefined || reasoning === 'none') return undefined;
  const id = model.baseModelId ?? model.modelId;
  const fields = request.additionalModelRequestFields ?? {};
  if (fields.thinking !== undefined || fields.reasoning_config !== undefined) throwInputError(`reasoning and additionalModelRequestFields.${fields.thinking !== undefined ? 'thinking' : 'reasoning_config'} both set thinking; keep one.`);
  checkAnthropicToolChoice(request.toolChoice, 'reasoning');
  const row = findAnthropicModelRow(id);
  const mode = row?.thinking ?? 'budget';
  if (typeof reasoning === 'object' || mode === 'budget') {
    const budget = typeof reasoning === 'object' ? reasoning.budgetTokens : anthropicBudgetPerLevel[reasoning as keyof typeof anthropicBudgetPerLevel];
    if (budget === undefined) throwInputError(`reasoning: ${id} takes 'low', 'medium', 'high' or { budgetTokens }; got '${String(reasoning)}'.`);
    if (mode === 'adaptive-only') throwInputError(`reasoning: ${id} takes adaptive thinking only, no token budget; use a level such as 'high'.`);
    if (budget < minimumBudget) throwInputError(`reasoning.budgetTokens: Claude's smallest thinking budget is ${minimumBudget}; got ${budget}.`);
    if (request.maxTokens !== undefined && request.maxTokens <= budget) throwInputError(`maxTokens (${request.maxTokens}) must be larger than the thinking budget (${budget}): the budget counts against it.`);
    return { thinking: { type: 'enabled', budget_tokens: budget }, budgetTokens: budget };
  }
  return { thinking: { type: 'adaptive' }, effort: reasoning };
}
