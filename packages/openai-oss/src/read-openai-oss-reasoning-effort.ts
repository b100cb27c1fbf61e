import { InputError, type ModelInfo, type ModelRequest } from '@bedrock-kit/core';

/**
 * `reasoning` as gpt-oss's `reasoning_effort` (`low` / `medium` / `high`,
 * https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-openai.html). gpt-oss always
 * reasons (the facade refuses `'none'`) and has no token budget, so `{ budgetTokens }`, `xhigh` and
 * `max` are refused rather than rounded. A `reasoning_effort` in `additionalModelRequestFields` too
 * is a conflict. Returns `undefined` when `reasoning` is not set.
 */
export function readOpenaiOssReasoningEffort(request: ModelRequest, model: ModelInfo): 'low' | 'medium' | 'high' | undefined {
  const { reasoning } = request;
  if (reasoning === undefined || reasoning === 'none') return undefined;
  const id = model.baseModelId ?? model.modelId;
  if (reasoning !== 'low' && reasoning !== 'medium' && reasoning !== 'high') {
    const got = typeof reasoning === 'object' ? `{ budgetTokens: ${reasoning.budgetTokens} }` : `'${reasoning}'`;
    throw new InputError({ message: `reasoning: ${id} takes 'low', 'medium' or 'high' (reasoning_effort, no token budget); got ${got}.` });
  }
  if (request.additionalModelRequestFields?.reasoning_effort !== undefined) {
    throw new InputError({ message: 'reasoning and additionalModelRequestFields.reasoning_effort both set the effort; keep one.' });
  }
  return reasoning;
}
