import type { ModelRequest, ModelResponse, ModelStreamPart } from '@bedrock-kit/core';
import type { Route } from './choose-route';
import { buildModelUrl } from './build-model-url';
import { convertToConverseRequest, createConverseStreamMapper, parseConverseResponse } from './converse/index';
import { parseNativeChunk } from '../response/parse-native-chunk';
import type { ModelTarget } from './resolve-model-target';

/** Turns one event-stream event (type + JSON payload) into parts; stateful, one per stream. */
export interface StreamMapper {
  map(eventType: string, payload: unknown): ModelStreamPart[];
  /** The parts held back until the stream ends. */
  flush?(): ModelStreamPart[];
}

/** A request ready to send on its route, with the matching decoders. */
export interface RouteRequest {
  route: Route;
  stream: boolean;
  url: string;
  body: string;
  warnings: string[];
  parseResponse(json: unknown, headers: Headers): ModelResponse & { warnings?: string[] };
  createStreamMapper(headers: Headers): StreamMapper;
}

/** Builds the body for the chosen route and pairs it with the decoders of that route. */
export function prepareRouteRequest(target: ModelTarget, request: ModelRequest, route: Route, endpoint: string): RouteRequest {
  const { family, info } = target;
  const { stream } = request;
  const url = buildModelUrl(endpoint, target.parsed.modelId, route, stream);
  // Object literals with their fields written out, no spread: a spread copy gets a hidden class of its own, held by every open stream.
  if (route === 'converse') {
    // The decoders capture `toolIds` alone: the Converse body (a converted copy of the conversation) is garbage once serialized.
    const { body, warnings, toolIds } = convertToConverseRequest(request);
    const adapter = family?.converse;
    return {
      route,
      stream,
      url,
      body: JSON.stringify(adapter?.prepareRequest && info ? adapter.prepareRequest(body, request, info) : body),
      warnings,
      parseResponse: (json) => parseConverseResponse(json, toolIds),
      createStreamMapper: () => createConverseStreamMapper(toolIds),
    };
  }
  // chooseRoute picks InvokeModel only for a configured family with a native codec, so both are set.
  const native = family!.native!;
  const prepared = native.prepareRequest(request, info!);
  return {
    route,
    stream,
    url,
    body: JSON.stringify(prepared.body),
    warnings: prepared.warnings ?? [],
    parseResponse: (json, headers) => native.parseResponse(json, { headers, request }),
    createStreamMapper: (headers) => {
      const parser = native.createStreamParser({ headers, request });
      return {
        map: (eventType, payload) => (eventType === 'chunk' ? parser.parse(parseNativeChunk(payload)) : []),
        flush: () => parser.flush?.() ?? [],
      };
    },
  };
}
