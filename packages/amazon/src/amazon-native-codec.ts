import type { NativeCodecFunctions } from '@bedrock-kit/core';
import { createNovaStreamParser } from './create-nova-stream-parser';
import { parseNovaResponse } from './parse-nova-response';
import { prepareNovaRequest } from './prepare-nova-request';

/**
 * Nova's `messages-v1` body on InvokeModel, tools included, loaded by the first call that goes native
 * (`amazon.native.load`): a bundle whose calls all go over Converse never holds it.
 */
export const nativeCodec: NativeCodecFunctions = {
  prepareRequest: prepareNovaRequest,
  parseResponse: parseNovaResponse,
  createStreamParser: createNovaStreamParser,
};
