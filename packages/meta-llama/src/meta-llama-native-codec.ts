import type { NativeCodecFunctions } from '@bedrock-kit/core';
import { createMetaLlamaStreamParser } from './create-meta-llama-stream-parser';
import { parseMetaLlamaResponse } from './parse-meta-llama-response';
import { prepareMetaLlamaRequest } from './prepare-meta-llama-request';

/**
 * The Llama chat-template body on InvokeModel, loaded by the first call that goes native
 * (`metaLlama.native.load`): a bundle whose calls all go over Converse never holds it.
 */
export const nativeCodec: NativeCodecFunctions = {
  prepareRequest: prepareMetaLlamaRequest,
  parseResponse: parseMetaLlamaResponse,
  createStreamParser: createMetaLlamaStreamParser,
};
