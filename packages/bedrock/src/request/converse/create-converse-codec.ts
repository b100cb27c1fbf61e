import { readLoaded, type ConverseAdapter, type ModelRequest, type NativeStreamParser } from '@bedrock-kit/core';
import type { RouteCodec } from '../route-codec';
import { converseAnswer } from './converse-answer-on-use';
import { convertToConverseRequest } from './convert-to-converse-request';
import { createConverseStreamMapper } from './create-converse-stream-mapper';
import type { ToolIdMap } from './create-tool-id-map';

// Made on first use: nothing runs at import time. Keyed by the family's adapter (or the shared `none` key) so no call allocates a codec.
let codecs: WeakMap<object, RouteCodec> | undefined;
const none = {};
/**
 * The Converse tool-ID map of each request the codec prepared, for the decoders of its answer:
 * the Converse body itself (a converted copy of the conversation) is garbage once serialized.
 */
let toolIdsByRequest: WeakMap<ModelRequest, ToolIdMap> | undefined;

/**
 * The Converse route as a codec, with the family's Converse adapter (cache
 * points, reasoning fields) applied to the body it builds. A ConverseStream
 * event is handed to the parser as the service model's `ConverseStreamOutput`
 * union member, `{ [eventType]: payload }`.
 */
export function readConverseCodec(adapter: ConverseAdapter | undefined): RouteCodec {
  const key = adapter ?? none;
  let codec = (codecs ??= new WeakMap()).get(key);
  if (!codec) {
    codec = {
      prepareRequest(request, model) {
        const { body, warnings, toolIds } = convertToConverseRequest(request);
        (toolIdsByRequest ??= new WeakMap()).set(request, toolIds);
        return { body: adapter?.prepareRequest && model ? adapter.prepareRequest(body, request, model) : body, warnings };
      },
      // Loaded by `readyCall` before a non-streaming step is sent (a bundle that only streams holds none of it).
      parseResponse: (body, { request }) => readLoaded(converseAnswer).parseConverseResponse(body, readToolIds(request)),
      createStreamParser: ({ request }) => createConverseStreamParser(readToolIds(request)),
      readStreamEvent: (eventType, payload) => ({ [eventType]: payload }),
    };
    codecs.set(key, codec);
  }
  return codec;
}

function readToolIds(request: ModelRequest | undefined): ToolIdMap | undefined {
  return request && toolIdsByRequest?.get(request);
}

function createConverseStreamParser(toolIds: ToolIdMap | undefined): NativeStreamParser {
  const mapper = createConverseStreamMapper(toolIds);
  return {
    parse(chunk) {
      for (const eventType in chunk as Record<string, unknown>) return mapper.map(eventType, (chunk as Record<string, unknown>)[eventType]);
      return [];
    },
  };
}
