import type { NativeCodecFunctions } from '@bedrock-kit/core';
import { createCohereStreamParser } from './create-cohere-stream-parser';
import { parseCohereChatResponse } from './parse-cohere-chat-response';
import { parseCohereTextResponse } from './parse-cohere-text-response';
import { prepareCohereChatRequest } from './prepare-cohere-chat-request';
import { prepareCohereTextRequest } from './prepare-cohere-text-request';
import { findCohereModel } from './resolve-cohere-model';

/**
 * Cohere's native InvokeModel codec: the Command R chat body for Command R /
 * R+ (and unlisted `cohere.command-*` models), the `prompt` body for the
 * legacy Command text models. Responses are told apart by shape
 * (`generations` is legacy), since decoding gets no model. Loaded by the
 * first call that goes native (`cohere.native.load`): Converse is Cohere's
 * default route, so most bundles never hold it.
 */
export const nativeCodec: NativeCodecFunctions = {
  prepareRequest(request, model) {
    const isLegacy = findCohereModel(model.baseModelId ?? '')?.nativeBody === 'text';
    return isLegacy ? prepareCohereTextRequest(request, model) : prepareCohereChatRequest(request, model);
  },
  parseResponse(body, context) {
    const isLegacy = Array.isArray((body as { generations?: unknown } | null)?.generations);
    return isLegacy ? parseCohereTextResponse(body, context) : parseCohereChatResponse(body, context);
  },
  createStreamParser: createCohereStreamParser,
};
