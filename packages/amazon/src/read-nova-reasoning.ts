import { InputError, type ModelInfo, type ReasoningSetting } from '@bedrock-kit/core';
import type { NovaReasoningConfig } from './nova-types';

/**
 * `reasoning` as Nova's `reasoningConfig` (Nova 2: `{ type: 'enabled', maxReasoningEffort }`), or
 * undefined when nothing is to be sent. Extended thinking is off by default, so `'none'` sends nothing.
 * A token budget is refused rather than rounded to a level: Nova has no budget, and a guessed level
 * would change what the call costs without the caller knowing (README "Reasoning").
 */
export function readNovaReasoning(reasoning: ReasoningSetting | undefined, model: ModelInfo): NovaReasoningConfig | undefined {
  if (reasoning === undefined || reasoning === 'none') return undefined;
  const levels = model.capabilities.reasoning ? (model.capabilities.reasoningEfforts ?? []) : [];
  const id = model.baseModelId ?? model.modelId;
  if (levels.length === 0) {
    throw new InputError({
      message: `reasoning: ${id} has no reasoning; drop it or use Nova 2 Lite.`,
    });
  }
  if (typeof reasoning === 'object') {
    throw new InputError({
      message: `reasoning: ${id} takes no token budget (got { budgetTokens: ${reasoning.budgetTokens} }); use one of ${levels.map((l) => `'${l}'`).join(', ')}.`,
    });
  }
  if (!(levels as readonly string[]).includes(reasoning)) {
    throw new InputError({ message: `reasoning: ${id} takes ${levels.map((l) => `'${l}'`).join(', ')}; got '${reasoning}'.` });
  }
  return { type: 'enabled', maxReasoningEffort: reasoning as NovaReasoningConfig['maxReasoningEffort'] };
}
