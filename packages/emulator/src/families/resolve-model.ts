/** Cross-region inference-profile prefixes (`us.anthropic.…`). */
const PROFILE_PREFIXES = ['us', 'eu', 'apac', 'global', 'us-gov', 'jp', 'au', 'ca'];

/** Family of a model ID, for the native InvokeModel bodies the emulator answers. */
export type ModelFamilyName = 'anthropic' | 'cohere' | 'openai' | 'meta' | 'mistral' | 'deepseek' | 'other';

/**
 * The base model ID of a model ID, profile ID or ARN
 * (`arn:aws:bedrock:us-east-1:123:inference-profile/us.anthropic.x-v1:0` → `anthropic.x-v1:0`),
 * or undefined when it doesn't look like `provider.model` — the service then
 * answers "The provided model identifier is invalid.".
 */
export function resolveBaseModelId(modelId: string): string | undefined {
  let id = modelId;
  if (id.startsWith('arn:')) id = id.slice(id.lastIndexOf('/') + 1);
  const dot = id.indexOf('.');
  if (dot !== -1 && PROFILE_PREFIXES.includes(id.slice(0, dot))) id = id.slice(dot + 1);
  return /^[a-z0-9-]+\.[A-Za-z0-9._:-]+$/.test(id) ? id : undefined;
}

/** The family whose native body the emulator expects for a base model ID. */
export function familyOf(baseModelId: string): ModelFamilyName {
  if (baseModelId.startsWith('anthropic.')) return 'anthropic';
  if (baseModelId.startsWith('cohere.command-r')) return 'cohere';
  if (baseModelId.startsWith('openai.gpt-oss')) return 'openai';
  if (baseModelId.startsWith('meta.llama')) return 'meta';
  if (baseModelId.startsWith('mistral.')) return 'mistral';
  if (baseModelId.startsWith('deepseek.r1')) return 'deepseek';
  return 'other';
}
