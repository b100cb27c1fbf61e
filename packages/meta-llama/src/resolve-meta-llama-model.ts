import type { ModelInfo, ParsedModelId } from '@bedrock-kit/core';
import { findMetaLlamaModel } from './find-meta-llama-model';

/**
 * Returns the model info when `id` names a Meta Llama model (bare ID, profile
 * prefix, or foundation-model / inference-profile ARN). When the caller gave a
 * bare ID of a model Bedrock serves only through inference profiles,
 * `requiredInferenceProfile` names the `us.` profile to use instead (the
 * facade refuses the call with it). ARNs and profile IDs are never refused.
 */
export function resolveMetaLlamaModel(id: ParsedModelId): ModelInfo | undefined {
  const base = id.baseModelId;
  const model = base === undefined ? undefined : findMetaLlamaModel(base);
  if (!model) return undefined;
  const info: ModelInfo = { family: 'meta-llama', modelId: id.modelId, baseModelId: base, capabilities: { ...model.capabilities } };
  const bare = id.profilePrefix === undefined && id.arn === undefined;
  if (bare && model.inferenceProfileOnly) info.requiredInferenceProfile = `us.${base}`;
  return info;
}
