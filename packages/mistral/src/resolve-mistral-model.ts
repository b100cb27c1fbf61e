import { resolveModelFromTable, type ModelInfo, type ParsedModelId } from '@bedrock-kit/core';
import { findMistralModel } from './find-mistral-model';

/**
 * Returns the model info when `id` names a Mistral model (bare ID, profile prefix, or ARN). A bare
 * ID of a profile-only model (Pixtral Large) resolves with `requiredInferenceProfile`.
 */
export function resolveMistralModel(id: ParsedModelId): ModelInfo | undefined {
  return resolveModelFromTable(id, 'mistral', (baseModelId) => {
    const model = findMistralModel(baseModelId);
    return model && { capabilities: model.capabilities, profileOnly: model.inferenceProfileOnly };
  });
}
