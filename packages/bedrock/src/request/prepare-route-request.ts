import type { ModelRequest } from '@bedrock-kit/core';
import { buildModelUrl } from './build-model-url';
import type { Route } from './choose-route';
import type { PreparedPlatform } from './prepare-call';
import type { ModelTarget } from './resolve-model-target';
import type { RouteCodec } from './route-codec';

/** One step's request, ready to send on its route, with the codec that reads its answer. */
export interface RouteRequest {
  route: Route;
  stream: boolean;
  url: string;
  body: string;
  /** The InvokeModel settings headers (guardrail, tier, latency, metadata), when the call has any. */
  headers?: Record<string, string>;
  warnings: string[];
  codec: RouteCodec;
  /** The step's request, as the codec's decoders take it (e.g. stop sequences a native body can't carry). */
  request: ModelRequest;
}

/** Builds the body of one step with the call's route codec. */
export function prepareRouteRequest(
  target: ModelTarget,
  request: ModelRequest,
  route: Route,
  codec: RouteCodec,
  endpoint: string,
  platform?: PreparedPlatform,
): RouteRequest {
  const { stream } = request;
  const prepared = codec.prepareRequest(request, target.info);
  const body = prepared.body as Record<string, unknown>;
  // With a prompt-management ARN the prompt opens the conversation: Converse takes no empty `messages`.
  if (request.promptResource && Array.isArray(body.messages) && body.messages.length === 0) delete body.messages;
  // Claude reports the stop sequence it matched over Converse only as an additional response field: asked for.
  const stopSequenceField = target.info?.family === 'anthropic';
  const headers = platform?.apply(body, platform.options, route, request, stopSequenceField);
  if (!platform && stopSequenceField && route === 'converse' && request.stopSequences) body.additionalModelResponseFieldPaths = ['/stop_sequence'];
  // Written out, no spread: a spread copy gets a hidden class of its own, held by every open stream.
  return {
    route,
    stream,
    url: buildModelUrl(endpoint, target.parsed.modelId, route, stream),
    body: JSON.stringify(body),
    headers,
    warnings: prepared.warnings ?? [],
    codec,
    request,
  };
}
