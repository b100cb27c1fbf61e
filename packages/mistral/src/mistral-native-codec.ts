import type { NativeCodecFunctions } from '@bedrock-kit/core';
import { createMistralStreamParser } from './create-mistral-stream-parser';
import { parseMistralResponse } from './parse-mistral-response';
import { prepareMistralRequest } from './prepare-mistral-request';

/**
 * Mistral's text- and chat-completion bodies on InvokeModel, loaded by the first call that goes native
 * (`mistral.native.load`): a bundle whose calls all go over Converse never holds it.
 */
export const nativeCodec: NativeCodecFunctions = {
  prepareRequest: prepareMistralRequest,
  parseResponse: parseMistralResponse,
  createStreamParser: createMistralStreamParser,
};
