import { convertContentToParts, InputError, type ModelInfo, type ModelRequest, type NativeRequest } from '@bedrock-kit/core';
import { prepareCohereNativeBody } from './prepare-cohere-native-body';

/**
 * The legacy Command (text) body: `{ prompt, max_tokens, temperature, p,
 * stop_sequences }`. These models complete one prompt: no system prompt,
 * no chat turns, no tools, no attachments — each is an `InputError` naming
 * the rule, never silently dropped.
 */
export function prepareCohereTextRequest(request: ModelRequest, model: ModelInfo): NativeRequest {
  const refuse = (what: string) =>
    new InputError({
      message: `${model.modelId} (legacy Cohere Command) completes one text prompt and can't carry ${what}. Use Command R (cohere.command-r-v1:0).`,
    });
  // The facade's capability check refuses a system prompt and tools first; a direct codec call gets the same answer.
  if (request.system) throw refuse('a system prompt');
  if (request.tools?.length) throw refuse('tools');
  // The facade guarantees a first message from the user.
  if (request.messages.length > 1) throw refuse('a multi-turn conversation');
  const texts = convertContentToParts(request.messages[0]!.content).map((part) => {
    if (part.type !== 'text') throw refuse(`${part.type} parts`);
    return part.text;
  });
  return prepareCohereNativeBody({ prompt: texts.join('\n\n') }, request);
}
