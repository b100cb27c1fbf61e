import { resolveAuth, resolveRegion, type AuthSettings } from '@bedrock-kit/aws-auth';
import type { ModelRequest } from '@bedrock-kit/core';
import type { BedrockInstance } from '../client/bedrock-instance';
import { resolveEndpoint } from './build-model-url';
import type { CallContext } from '../transport/call-context';
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
export function prepareCall(instance: BedrockInstance, request: GenerateTextRequest, stream: boolean, abortSignal: AbortSignal | undefined): PreparedCall {
  const modelRequest = prepareModelRequest(request, stream);
  const target = resolveModelTarget(instance.families, request.model);
  const route = chooseRoute(target, modelRequest);
  const { options } = instance;
  // The two explicit sources (API.md precedence), read now: the call holds them for every attempt.
  const callSettings = pickAuthSettings(request.providerOptions, undefined);
  const instanceSettings = pickAuthSettings(options, instance.credentials);
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
    abortSignal,
    deadline: totalMs !== undefined && totalMs > 0 ? now() + totalMs : undefined,
    now,
    random: options.random ?? Math.random,
  };
  return { context, target, modelRequest, route };
}

/**
 * The credential and region keys of one source, the only ones the resolvers
 * read, with `credentials` replaced. Written out rather than spread: a spread
 * copy of the whole options gets a hidden class of its own, held by every open
 * stream. Typed so that a key added to `AuthSettings` must be added here.
 */
function pickAuthSettings(source: AuthSettings | undefined, credentials: AuthSettings['credentials']): { [Key in keyof Required<AuthSettings>]: AuthSettings[Key] | undefined } {
  return {
    apiKey: source?.apiKey,
    accessKeyId: source?.accessKeyId,
    secretAccessKey: source?.secretAccessKey,
    sessionToken: source?.sessionToken,
    region: source?.region,
    credentials,
  };
}
