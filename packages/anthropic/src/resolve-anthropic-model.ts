import type { ModelInfo, ParsedModelId } from '@bedrock-kit/core';
import { findAnthropicModelRow } from './find-anthropic-model-row';

/** The geography suggested for a bare ID of a profile-only model. */
const defaultProfilePrefix = 'us';

/**
 * Places a parsed model ID in the Claude table. Returns `undefined` for other vendors and for
 * ARNs whose base model can't be read (application inference profiles, provisioned models).
 */
export function resolveAnthropicModel(id: ParsedModelId): ModelInfo | undefined {
  if (id.baseModelId === undefined) return undefined;
  const row = findAnthropicModelRow(id.baseModelId);
  if (!row) return undefined;
  const info: ModelInfo = {
    family: 'anthropic',
    modelId: id.modelId,
    baseModelId: id.baseModelId,
    capabilities: { ...row.capabilities },
  };
  // Only a bare ID is refused: a profile prefix or an ARN is what the caller chose deliberately.
  const bare = id.profilePrefix === undefined && id.arn === undefined;
  if (bare && row.profileOnly) info.requiredInferenceProfile = `${defaultProfilePrefix}.${id.baseModelId}`;
  return info;
}
