import { resolveModelFromTable, type ModelInfo, type ParsedModelId } from '@bedrock-kit/core';
import { findMetaLlamaModel } from './find-meta-llama-model';

/**
 * Returns the model info when `id` names a Meta Llama model (bare ID, profile
 * prefix, or foundation-model / inference-profile ARN). When the caller gave a
 * bare ID of a model Bedrock serves only through inference profiles,
 * `requiredInferenceProfile` names the `us.` profile to use instead (the
 * facade refuses the call with it). ARNs and profile IDs are never refused.
 */
export function resolveMetaLlamaModel(id: ParsedModelId): ModelInfo | undefined {
  return resolveModelFromTable(id, 'meta-llama', (base) => {
    const model = findMetaLlamaModel(base);
    return model && { capabilities: model.capabilities, profileOnly: model.inferenceProfileOnly };
  });
}
