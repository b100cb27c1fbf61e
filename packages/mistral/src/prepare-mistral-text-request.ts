import { createNativeInputError, omitUndefined, type ModelInfo, type ModelRequest, type NativeRequest } from '@bedrock-kit/core';
import { convertToMistralInstructPrompt } from './convert-to-mistral-instruct-prompt';
import type { MistralTextRequestBody } from './mistral-wire-types';

/** The text-completion body takes at most 10 stop sequences. */
export const mistralMaxStopSequences = 10;

/**
 * Builds the text-completion body `{ prompt, max_tokens, stop, temperature, top_p }` (Mistral 7B,
 * Mixtral 8x7B, Small and Large 24.02); `top_k` and anything else go in `additionalModelRequestFields`
 * (merged last). The body has no tools: tools are an `InputError` here (the default route sends them to Converse).
 */
export function prepareMistralTextRequest(request: ModelRequest, model: ModelInfo): NativeRequest {
  if (request.tools?.length) {
    throw createNativeInputError('mistral', `text-completion body (${model.modelId}) can't carry tools; drop providerOptions.useConverse: false to use Converse.`);
  }
  const stops = request.stopSequences?.filter((stop) => stop !== '');
  if (stops && stops.length > mistralMaxStopSequences) {
    throw createNativeInputError('mistral', `text-completion body takes at most ${mistralMaxStopSequences} stop sequences (${model.modelId} got ${stops.length}).`);
  }
  const { prompt, skippedReasoningParts } = convertToMistralInstructPrompt(request.system, request.messages);
  const body: MistralTextRequestBody = {
    prompt,
    ...omitUndefined({ max_tokens: request.maxTokens, stop: stops?.length ? stops : undefined, temperature: request.temperature, top_p: request.topP }),
    ...request.additionalModelRequestFields,
  };
  if (skippedReasoningParts === 0) return { body };
  return { body, warnings: [`mistral native InvokeModel: ${skippedReasoningParts} reasoning part(s) of earlier turns were not sent (the text-completion prompt has no place for them).`] };
}
