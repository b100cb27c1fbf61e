import { resolveRegion, type AuthSettings } from '@bedrock-kit/aws-auth';
import { loadNativeCodec, type ModelRequest } from '@bedrock-kit/core';
import type { BedrockInstance } from '../client/bedrock-instance';
import { nameBedrockSetting } from '../client/name-bedrock-setting';
import { resolveEndpoint } from './build-model-url';
import { checkCapabilities } from './check-capabilities';
import { chooseRoute, type Route } from './choose-route';
import { readConverseCodec } from './converse-codec';
import type { GenerateTextRequest } from './generate-text-request';
import { checkPromptCache } from './platform/check-prompt-cache';
import { checkProviderOptionKeys } from './platform/check-provider-option-keys';
import type { PlatformOptions } from './platform/platform-options';
import { readPlatformOptions } from './platform/read-platform-options';
import { prepareModelRequest } from './prepare-model-request';
import { throwInputError } from './throw-input-error';
import { resolveModelTarget, type ModelTarget } from './resolve-model-target';
import type { RouteCodec } from './route-codec';

/** The credential and region keys of one source, the only ones the resolvers read. */
export type AuthSources = { [Key in keyof Required<AuthSettings>]: AuthSettings[Key] | undefined };

/** Everything decided before the first byte is sent. */
export interface PreparedCall {
  target: ModelTarget;
  modelRequest: ModelRequest;
  route: Route;
  /**
   * The route's codec: the family's native one, or Converse with the family's adapter. A promise
   * while a native codec loaded on use (`LazyNativeCodec`) is loading: `readyRouteCodec` waits for it.
   */
  codec: RouteCodec | Promise<RouteCodec>;
  region: string;
  endpoint: string;
  /** The two explicit auth sources (API.md precedence), read now: the call holds them for every attempt. */
  auth: { call: AuthSources; instance: AuthSources };
  /** Guardrail, tier, latency, metadata …: checked now, put on the wire by `prepareRouteRequest`. */
  platform: PlatformOptions;
}

/**
 * Validates the request, resolves model, route, codec, region and endpoint,
 * and checks capabilities: every rule that can fail without the network fails here.
 */
export function prepareCall(instance: BedrockInstance, request: GenerateTextRequest, stream: boolean): PreparedCall {
  const modelRequest = prepareModelRequest(request, stream);
  checkProviderOptionKeys(modelRequest.providerOptions, instance.families);
  const platform = readPlatformOptions(modelRequest.providerOptions);
  const target = resolveModelTarget(instance.families, request.model, modelRequest.providerOptions.baseModel);
  const route = chooseRoute(target, modelRequest);
  const { region, endpoint, auth } = prepareConnection(instance, request.providerOptions);
  checkCapabilities(target, modelRequest, route, region, instance.families);
  checkPromptCache(target, modelRequest);
  const maxOutputTokens = target.info?.capabilities.maxOutputTokens;
  if (maxOutputTokens && modelRequest.maxTokens! > maxOutputTokens) throwInputError(`maxTokens ${modelRequest.maxTokens} is over the model's ${maxOutputTokens}.`);
  // chooseRoute picks InvokeModel only for a configured family with a native codec, whose model it resolved.
  const codec = route === 'invoke' ? (loadNativeCodec(target.family!.native!, target.family!.name) as RouteCodec | Promise<RouteCodec>) : readConverseCodec(target.family?.converse);
  return { target, modelRequest, route, codec, region, endpoint, auth, platform };
}

/** Where a call goes and whose credentials it uses: what every call needs, a model call or not. */
export function prepareConnection(
  instance: BedrockInstance,
  providerOptions: AuthSettings | undefined,
): Pick<PreparedCall, 'region' | 'endpoint' | 'auth'> {
  const { options } = instance;
  const auth = { call: pickAuthSettings(providerOptions, undefined), instance: pickAuthSettings(options, instance.credentials) };
  const region = resolveRegion({ ...auth, nameSetting: options.nameSetting ?? nameBedrockSetting });
  return { region, endpoint: resolveEndpoint(options.endpoint, region), auth };
}

/**
 * The credential and region keys of one source, with `credentials` replaced.
 * Written out rather than spread: a spread copy of the whole options gets a
 * hidden class of its own, held by every open stream. Typed so that a key
 * added to `AuthSettings` must be added here.
 */
export function pickAuthSettings(source: AuthSettings | undefined, credentials: AuthSettings['credentials']): AuthSources {
  return {
    apiKey: source?.apiKey,
    accessKeyId: source?.accessKeyId,
    secretAccessKey: source?.secretAccessKey,
    sessionToken: source?.sessionToken,
    region: source?.region,
    credentials,
  };
}

/**
 * The call's route codec, loaded: at once when it is bundled, else after its chunk loads (the
 * first native call of a family whose codec loads on use), within the call's deadline.
 */
export function readyRouteCodec(prepared: PreparedCall, wait: (work: () => Promise<RouteCodec>) => Promise<RouteCodec>): RouteCodec | Promise<RouteCodec> {
  const { codec } = prepared;
  if (!(codec instanceof Promise)) return codec;
  return wait(() => codec).then((loaded) => (prepared.codec = loaded));
}
