import { omitUndefined, type ModelInfo, type ParsedModelId } from '@bedrock-kit/core';
import { findAnthropicModelRow } from './find-anthropic-model-row';

/**
 * Places a parsed model ID in the Claude table. Returns `undefined` for other vendors and for
 * ARNs whose base model can't be read (application inference profiles, provisioned models).
 */
export function resolveAnthropicModel({ modelId, baseModelId, profilePrefix, arn }: ParsedModelId): ModelInfo | undefined {
  const row = baseModelId === undefined ? undefined : findAnthropicModelRow(baseModelId);
  if (!row) return undefined;
  // Only a bare ID is refused: a profile prefix or an ARN is what the caller chose deliberately.
  // The suggested geography for a bare ID of a profile-only model is `us.`.
  const bare = profilePrefix === undefined && arn === undefined;
  return omitUndefined({
    family: 'anthropic',
    modelId,
    baseModelId,
    capabilities: { ...row.capabilities },
    requiredInferenceProfile: bare && row.profileOnly ? `us.${baseModelId}` : undefined,
  });
}
