import { resolveModelFromTable, type ModelInfo, type ParsedModelId } from '@bedrock-kit/core';
import { findAnthropicModelRow } from './find-anthropic-model-row';

/**
 * Places a parsed model ID in the Claude table. Returns `undefined` for other vendors and for
 * ARNs whose base model can't be read (application inference profiles, provisioned models).
 * A bare ID of a profile-only model gets `requiredInferenceProfile`.
 */
export function resolveAnthropicModel(id: ParsedModelId): ModelInfo | undefined {
  return resolveModelFromTable(id, 'anthropic', findAnthropicModelRow);
}
