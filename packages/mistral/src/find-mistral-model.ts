import { mistralDefaultModel, mistralModelPrefix, mistralModels, type MistralModel } from './mistral-models';

/**
 * The table row of a Mistral foundation-model ID; a provisioned-throughput variant
 * (`…-v1:0:32k`) uses its model's row and is never refused for lacking a profile; an unlisted
 * `mistral.*` model gets the chat-body defaults. `undefined` for IDs that are not Mistral's.
 */
export function findMistralModel(baseModelId: string | undefined): MistralModel | undefined {
  if (!baseModelId?.startsWith(mistralModelPrefix)) return undefined;
  const exact = mistralModels.find((model) => model.id === baseModelId);
  if (exact) return exact;
  const variant = mistralModels.find((model) => baseModelId.startsWith(`${model.id}:`));
  if (variant) return { ...variant, id: baseModelId, inferenceProfileOnly: false };
  return { ...mistralDefaultModel, id: baseModelId };
}
