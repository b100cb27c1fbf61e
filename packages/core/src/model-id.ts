/** Geographic inference-profile prefixes Bedrock uses for cross-region profiles. */
export const inferenceProfilePrefixes = ['global', 'us', 'eu', 'apac', 'us-gov', 'ca', 'jp', 'au'] as const;

/** A model ID taken apart. */
export interface ParsedModelId {
  /** The ID as given (without a `bedrock:` prefix): what goes on the wire. */
  modelId: string;
  /** The foundation-model ID, e.g. `anthropic.claude-3-sonnet-20240229-v1:0`, when it can be known. */
  baseModelId?: string;
  /** `us`, `eu`, `global` … when the ID is a cross-region inference profile. */
  profilePrefix?: string;
  /** Set when the ID is an ARN. */
  arn?: { region: string; account: string; resourceType: string; resource: string };
}

/**
 * Splits a model ID: strips an optional `bedrock:` prefix, then reads ARNs
 * (`arn:aws:bedrock:{region}:{account}:{type}/{id}`) and profile prefixes
 * (`us.anthropic.…`). An application inference profile or provisioned model ARN
 * has no readable base model (`baseModelId` is undefined).
 */
export function parseModelId(input: string): ParsedModelId {
  const modelId = input.startsWith('bedrock:') ? input.slice('bedrock:'.length) : input;
  if (modelId.startsWith('arn:')) {
    const [, , , region = '', account = '', ...rest] = modelId.split(':');
    const [resourceType = '', ...resourcePath] = rest.join(':').split('/');
    const resource = resourcePath.join('/');
    const arn = { region, account, resourceType, resource };
    if (resourceType === 'foundation-model') return { modelId, baseModelId: resource, arn };
    if (resourceType === 'inference-profile') return { modelId, ...splitProfile(resource), arn };
    return { modelId, arn };
  }
  return { modelId, ...splitProfile(modelId) };
}

function splitProfile(id: string): { baseModelId: string; profilePrefix?: string } {
  const [head = '', ...rest] = id.split('.');
  // A prefix only when a dotted base ID follows: `us.x` is a vendor named "us", not a profile.
  if ((inferenceProfilePrefixes as readonly string[]).includes(head) && rest.length > 1) {
    return { baseModelId: rest.join('.'), profilePrefix: head };
  }
  return { baseModelId: id };
}
