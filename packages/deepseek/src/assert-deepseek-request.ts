import { InputError, type ModelInfo, type ModelRequest } from '@bedrock-kit/core';

/** The native R1 body takes at most 10 stop sequences (model-parameters-deepseek.html). */
export const deepseekMaxStopSequences = 10;

/**
 * Refusals that hold on both routes, before anything is sent: tools on a model whose row has none
 * (R1 has no tool use on Bedrock), and a `reasoning` setting the row can't honour (R1 always
 * reasons, so `'none'` is refused; V3 has no documented switch, so any value is refused).
 * Each message names the model and the rule.
 */
export function assertDeepseekRequest(request: ModelRequest, model: ModelInfo): void {
  const { capabilities } = model;
  if (request.tools?.length && !capabilities.tools) {
    throw new InputError({ message: `${model.modelId}: DeepSeek-R1 has no tool use on Bedrock; remove tools (or use deepseek.v3-v1:0, which has them through Converse).` });
  }
  const reasoning = request.reasoning;
  if (reasoning === undefined) return;
  if (!capabilities.reasoning) {
    throw new InputError({ message: `${model.modelId}: this DeepSeek model has no reasoning setting on Bedrock; remove reasoning (DeepSeek-R1 reasons on every call).` });
  }
  if (capabilities.alwaysReasons && reasoning === 'none') {
    throw new InputError({ message: `${model.modelId}: DeepSeek-R1 always reasons; reasoning: 'none' can't be honoured. Remove it, or use a DeepSeek V3 model.` });
  }
}
