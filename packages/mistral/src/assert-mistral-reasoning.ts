import { InputError, type ModelInfo, type ModelRequest } from '@bedrock-kit/core';

/**
 * `reasoning` per the model's row, on both routes, before anything is sent: no Mistral body has a
 * reasoning field, so a model without reasoning refuses any value, and Magistral (which reasons on
 * every call) refuses `'none'`; other values add nothing to the body.
 */
export function assertMistralReasoning(request: ModelRequest, model: ModelInfo): void {
  const { reasoning } = request;
  if (reasoning === undefined) return;
  const { capabilities } = model;
  if (!capabilities.reasoning) throw new InputError({ message: `${model.modelId}: this Mistral model has no reasoning on Bedrock; remove reasoning (Magistral reasons on every call).` });
  if (capabilities.alwaysReasons && reasoning === 'none') throw new InputError({ message: `${model.modelId}: this Mistral model always reasons; reasoning: 'none' can't be honoured.` });
}
