import type { ModelCapabilities, ModelInfo } from './model-capabilities';
import type { ParsedModelId } from './model-id';

/** What a family's model table says about one foundation-model ID. */
export interface ModelTableEntry {
  capabilities: ModelCapabilities;
  /** Bedrock serves the model only through cross-region inference profiles (no on-demand bare ID). */
  profileOnly?: boolean;
}

/**
 * The `resolveModel` every family shares, given how to find a foundation-model ID in its table.
 * Returns `undefined` when the table has no entry, and for ARNs whose base model can't be read
 * (application inference profiles, provisioned models). The capabilities are a copy, so a caller
 * can't change the table. Only a bare ID of a profile-only model gets `requiredInferenceProfile`
 * (`us.` + the ID; the facade suggests the caller's geography): a profile prefix or an ARN is what
 * the caller chose deliberately.
 */
export function resolveModelFromTable(
  id: ParsedModelId,
  family: string,
  findEntry: (baseModelId: string) => ModelTableEntry | undefined,
): ModelInfo | undefined {
  const { modelId, baseModelId } = id;
  // No family's table has an entry for an empty ID, so '' is looked up no more than a missing one.
  const entry = baseModelId ? findEntry(baseModelId) : undefined;
  if (!entry) return undefined;
  const info: ModelInfo = { family, modelId, baseModelId, capabilities: { ...entry.capabilities } };
  // A profile prefix is never empty and an ARN is an object, so either one present means "not bare".
  if (entry.profileOnly && !(id.profilePrefix || id.arn)) info.requiredInferenceProfile = `us.${baseModelId}`;
  return info;
}
