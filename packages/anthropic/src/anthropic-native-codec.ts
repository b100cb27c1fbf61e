import type { NativeCodecFunctions } from '@bedrock-kit/core';
import { createAnthropicStreamParser } from './create-anthropic-stream-parser';
import { parseAnthropicResponse } from './parse-anthropic-response';
import { prepareAnthropicRequest } from './prepare-anthropic-request';

/**
 * The Messages API body on InvokeModel, loaded by the first call that goes
 * native (`anthropic.native.load`): a bundle whose calls all go over Converse
 * (every call with tools) never holds it.
 */
export const nativeCodec: NativeCodecFunctions = {
  prepareRequest: prepareAnthropicRequest,
  parseResponse: parseAnthropicResponse,
  createStreamParser: createAnthropicStreamParser,
};
