import { resolveModelFromTable, type ModelInfo, type ParsedModelId } from '@bedrock-kit/core';
import { findNovaModel } from './amazon-models';

/**
 * The model info when `id` names a Nova understanding model (bare, with a profile prefix, or an ARN).
 * A bare ID of a model Bedrock serves only through a profile (Nova Premier, Nova 2 Lite) gets
 * `requiredInferenceProfile`, which the facade turns into an `InputError` naming the profile.
 */
export function resolveAmazonModel(id: ParsedModelId): ModelInfo | undefined {
  return resolveModelFromTable(id, 'amazon', findNovaModel);
}
