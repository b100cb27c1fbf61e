import type { NativeCodec } from '@bedrock-kit/core';
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
 * (`generations` is legacy), since decoding gets no model.
 */
export const cohereNativeCodec: NativeCodec = {
  prepareRequest(request, model) {
    const row = model.baseModelId === undefined ? undefined : findCohereModel(model.baseModelId);
    return row?.nativeBody === 'text' ? prepareCohereTextRequest(request, model) : prepareCohereChatRequest(request, model);
  },
  parseResponse(body, context) {
    const isLegacy = typeof body === 'object' && body !== null && Array.isArray((body as Record<string, unknown>).generations);
    return isLegacy ? parseCohereTextResponse(body, context) : parseCohereChatResponse(body, context);
  },
  createStreamParser() {
    return createCohereStreamParser();
  },
};
