import { omitUndefined, type ModelRequest, type NativeRequest } from '@bedrock-kit/core';

/**
 * The end every Cohere native body shares (Command R chat and legacy Command):
 * the inference settings that are set, under Cohere's names (the facade leaves
 * unset ones undefined and drops an empty `stopSequences`), then
 * `additionalModelRequestFields` merged on top.
 */
export function prepareCohereNativeBody(body: Record<string, unknown>, request: ModelRequest): NativeRequest {
  const settings = omitUndefined({
    max_tokens: request.maxTokens,
    temperature: request.temperature,
    p: request.topP,
    stop_sequences: request.stopSequences,
  });
  return { body: { ...body, ...settings, ...request.additionalModelRequestFields } };
}
