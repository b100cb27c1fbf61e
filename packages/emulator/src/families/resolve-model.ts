/** Cross-region inference-profile prefixes (`us.anthropic.…`). */
const PROFILE_PREFIXES = ['us', 'eu', 'apac', 'global', 'us-gov', 'jp', 'au', 'ca'];

/** A Bedrock prompt-management ARN: `arn:aws:bedrock:{region}:{account}:prompt/{10 characters}[:{version}]`. */
const PROMPT_ARN = /^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:prompt\/([0-9a-zA-Z]{10})(?::([0-9]{1,5}))?$/;

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

/** The prompt ID and version of a prompt-management ARN, else undefined. */
export function parsePromptArn(modelId: string): { promptId: string; version?: string } | undefined {
  const match = PROMPT_ARN.exec(modelId);
  if (!match) return undefined;
  return { promptId: match[2]!, ...(match[3] !== undefined ? { version: match[3] } : {}) };
}
