import type { NativeCodecFunctions } from '@bedrock-kit/core';
import { createDeepseekStreamParser } from './create-deepseek-stream-parser';
import { parseDeepseekResponse } from './parse-deepseek-response';
import { prepareDeepseekRequest } from './prepare-deepseek-request';

/**
 * DeepSeek R1's prompt-template body on InvokeModel, the answer split at `</think>`, loaded by the
 * first call that goes native (`deepseek.native.load`): a bundle whose calls all go over Converse
 * never holds it.
 */
export const nativeCodec: NativeCodecFunctions = {
  prepareRequest: prepareDeepseekRequest,
  parseResponse: parseDeepseekResponse,
  createStreamParser: createDeepseekStreamParser,
};
