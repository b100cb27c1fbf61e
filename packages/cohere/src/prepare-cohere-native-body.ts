import type { ModelRequest, NativeRequest } from '@bedrock-kit/core';

// ModelRequest setting → its field in both Cohere native bodies (Command R chat and legacy Command).
const settingFields = [
  ['maxTokens', 'max_tokens'],
  ['temperature', 'temperature'],
  ['topP', 'p'],
  ['stopSequences', 'stop_sequences'],
] as const;

/**
 * The end every Cohere native body shares: the inference settings that are set
 * (the facade leaves unset ones undefined and drops an empty `stopSequences`),
 * then `additionalModelRequestFields` merged on top.
 */
export function prepareCohereNativeBody(body: Record<string, unknown>, request: ModelRequest): NativeRequest {
  for (const [setting, field] of settingFields) {
    if (request[setting] !== undefined) body[field] = request[setting];
  }
  return { body: { ...body, ...request.additionalModelRequestFields } };
}
