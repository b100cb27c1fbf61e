import type { NativeCodecFunctions } from '@bedrock-kit/core';
import { createOpenaiOssStreamParser } from './create-openai-oss-stream-parser';
import { parseOpenaiOssResponse } from './parse-openai-oss-response';
import { prepareOpenaiOssRequest } from './prepare-openai-oss-request';

/**
 * The chat-completions body of gpt-oss on InvokeModel (reasoning tags, tool calls, usage), loaded by
 * the first call that goes native (`openaiOss.native.load`): a bundle whose calls all go over Converse
 * never holds it.
 */
export const nativeCodec: NativeCodecFunctions = {
  prepareRequest: prepareOpenaiOssRequest,
  parseResponse: parseOpenaiOssResponse,
  createStreamParser: createOpenaiOssStreamParser,
};
