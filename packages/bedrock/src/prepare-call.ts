import { resolveAuth, resolveRegion } from '@bedrock-kit/aws-auth';
import type { ModelRequest } from '@bedrock-kit/core';
import type { BedrockInstance } from './bedrock-instance';
import { resolveEndpoint } from './build-model-url';
import type { CallContext } from './call-context';
import { checkCapabilities } from './check-capabilities';
import { chooseRoute, type Route } from './choose-route';
import type { GenerateTextRequest } from './generate-text-request';
import { prepareModelRequest } from './prepare-model-request';
import { resolveModelTarget, type ModelTarget } from './resolve-model-target';

/** The global `fetch`, looked up at call time (a test may replace it); one function for every call, not a bound copy per call. */
const platformFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

/** Everything decided before the first byte is sent. */
export interface PreparedCall {
  context: CallContext;
  target: ModelTarget;
  modelRequest: ModelRequest;
  route: Route;
}

/**
 * Validates the request, resolves model, route, region and endpoint, and
 * checks capabilities: every rule that can fail without the network fails here.
 */
export function prepareCall(instance: BedrockInstance, request: GenerateTextRequest, stream: boolean): PreparedCall {
  const modelRequest = prepareModelRequest(request, stream);
  const target = resolveModelTarget(instance.families, request.model);
  const route = chooseRoute(target, modelRequest);
  const { options } = instance;
  // The two explicit sources (API.md precedence); the resolvers read only the credential and region keys.
  const callSettings = { ...request.providerOptions, credentials: undefined };
  const instanceSettings = { ...options, credentials: instance.credentials };
  const region = resolveRegion({ call: callSettings, instance: instanceSettings });
  checkCapabilities(target, modelRequest, route, region);

  const now = options.now ?? Date.now;
  const totalMs = options.timeout?.totalMs;
  const context: CallContext = {
    fetch: options.fetch ?? platformFetch,
    region,
    endpoint: resolveEndpoint(options.endpoint, region),
    headers: options.headers ?? {},
    clock: instance.clock,
    resolveAuth: () => resolveAuth({ call: callSettings, instance: instanceSettings }),
    maxRetries: options.maxRetries ?? 2,
    timeouts: options.timeout ?? {},
    abortSignal: request.abortSignal,
    deadline: totalMs !== undefined && totalMs > 0 ? now() + totalMs : undefined,
    now,
    random: options.random ?? Math.random,
  };
  return { context, target, modelRequest, route };
}
