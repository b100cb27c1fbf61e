import type { ReasoningSetting } from '@bedrock-kit/core';
import { isCount } from '../../client/is-count';
import { throwInputError } from '../throw-input-error';

const settings = ['none', 'low', 'medium', 'high', 'xhigh', 'max'];

/**
 * Checks the shape of `reasoning` (API.md "Request fields"): a level, `'none'`, or
 * `{ budgetTokens }` with a positive integer. Whether the model takes it is checked
 * against its row once the model is known (`checkCapabilities`) and by its family.
 */
export function validateReasoning(reasoning: ReasoningSetting | undefined): void {
  if (reasoning === undefined) return;
  if (typeof reasoning === 'string') {
    if (!settings.includes(reasoning)) throwInputError(`reasoning must be one of ${settings.map((s) => `'${s}'`).join(', ')} or { budgetTokens }; got ${JSON.stringify(reasoning)}.`);
    return;
  }
  const budget: unknown = (reasoning as { budgetTokens?: unknown } | null)?.budgetTokens;
  if (!isCount(budget)) {
    throwInputError(`reasoning.budgetTokens must be a positive integer; got ${JSON.stringify(budget)}.`);
  }
  const keys = Object.keys(reasoning);
  if (keys.length !== 1) throwInputError(`reasoning takes { budgetTokens } only; got keys ${keys.join(', ')}.`);
}
