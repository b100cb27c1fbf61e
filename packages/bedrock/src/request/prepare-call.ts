import { resolveRegion, type AuthSettings } from '@bedrock-kit/aws-auth';
import { loadNativeCodec, loadOnUse, readLoaded, type CodeOnUse, type ModelRequest } from '@bedrock-kit/core';
import type { BedrockInstance } from '../client/bedrock-instance';
import { nameBedrockSetting } from '../client/name-bedrock-setting';
import { resolveEndpoint } from './build-model-url';
import { checkCapabilities } from './check-capabilities';
import { chooseRoute, type Route } from './choose-route';
import { readConverseCodec } from './converse-codec';
import { converseAnswer } from './converse/converse-answer-on-use';
import type { GenerateTextRequest } from './generate-text-request';
import { loadExtendedCode, needsExtendedCode } from './extended/load-extended-code';
import { hasPlatformOptions, needsPlatformCode } from './platform/needs-platform-code';
import type { PlatformOptions } from './platform/platform-options';
import { prepareModelRequest } from './prepare-model-request';
import { explainRefusal, refuseRequest } from './refusal/refuse-request';
import { resolveModelTarget, type ModelTarget } from './resolve-model-target';
import type { RouteCodec } from './route-codec';

/** The credential and region keys of one source, the only ones the resolvers read. */
export type AuthSources = { [Key in keyof Required<AuthSettings>]: AuthSettings[Key] | undefined };

type PlatformCode = typeof import('./platform/platform-code');
/** The platform options' code, loaded for a request that sets one of them or a key nothing knows. */
const platformCode: CodeOnUse<PlatformCode> = { what: 'the platform options code', load: () => import('./platform/platform-code') };

/** The call's platform settings (guardrail, tier, latency, metadata …), checked, and the code that puts them on the wire. */
export interface PreparedPlatform {
  options: PlatformOptions;
  apply: PlatformCode['applyPlatformOptions'];
}

/** Everything decided before the first byte is sent. */
export interface PreparedCall {
  target: ModelTarget;
  modelRequest: ModelRequest;
  route: Route;
  /** The route's codec: the family's native one, or Converse with the family's adapter. Set once `loading` is done. */
  codec: RouteCodec;
  region: string;
  endpoint: string;
  /** The two explicit auth sources (API.md precedence), read now: the call holds them for every attempt. */
  auth: { call: AuthSources; instance: AuthSources };
  /** Guardrail, tier, latency, metadata …: checked now, put on the wire by `prepareRouteRequest`. Absent when the call sets none. */
  platform?: PreparedPlatform;
  /**
   * Code this call loads on use after it is prepared, in flight: the route's codec (a family's
   * `LazyNativeCodec`, or the Converse codec), the Converse adapter's code for this request
   * (`ConverseAdapter.load`), round two's request features brought by a later step's tool results.
   * `readyCall` waits for it.
   */
  loading?: Promise<void>;
}

/**
 * Validates the request, resolves model, route, codec, region and endpoint,
 * and checks capabilities: every rule that can fail without the network fails here.
 * A request that uses code loaded on use (round two's request features: `needsExtendedCode`;
 * platform options or an unknown key: `needsPlatformCode`) is prepared once that code is there,
 * so every rule still runs in the same order: the result is then a promise. So it is for a refusal
 * thrown before its text was loaded (decision 0026): the promise rejects once the text is written in.
 */
export function prepareCall(instance: BedrockInstance, request: GenerateTextRequest, stream: boolean): PreparedCall | Promise<PreparedCall> {
  const loads: Promise<unknown>[] = [];
  if (needsExtendedCode(request)) loads.push(loadExtendedCode());
  if (!platformCode.module && needsPlatformCode((request.providerOptions ?? {}) as Record<string, unknown>, instance.families)) loads.push(loadOnUse(platformCode));
  // A refusal's message is loaded on use: a refused call waits for it here (its promise rejects).
  if (loads.length > 0) return Promise.all(loads).then(() => prepareLoadedCall(instance, request, stream)).catch(explainRefusal);
  try {
    return prepareLoadedCall(instance, request, stream);
  } catch (error) {
    return explainRefusal(error);
  }
}

function prepareLoadedCall(instance: BedrockInstance, request: GenerateTextRequest, stream: boolean): PreparedCall {
  const modelRequest = prepareModelRequest(request, stream);
  // Loaded (prepareCall) when the request has a platform key or one nothing knows: without either there is nothing to check.
  let platform: PreparedPlatform | undefined;
  const code = platformCode.module;
  if (code && hasPlatformOptions(modelRequest.providerOptions, instance.families)) {
    code.checkProviderOptionKeys(modelRequest.providerOptions, instance.families);
    platform = { options: code.readPlatformOptions(modelRequest.providerOptions), apply: code.applyPlatformOptions };
  }
  const { baseModel, promptCache } = modelRequest.providerOptions;
  // Checked by the platform code, loaded (prepareCall) when either is set.
  const target = resolveModelTarget(instance.families, request.model, baseModel === undefined ? undefined : (parsed) => readLoaded(platformCode).readBaseModel(parsed, baseModel));
  const route = chooseRoute(target, modelRequest);
  const { region, endpoint, auth } = prepareConnection(instance, request.providerOptions);
  checkCapabilities(target, modelRequest, route, region, instance.families);
  if (promptCache !== undefined) readLoaded(platformCode).checkPromptCache(target, modelRequest);
  const maxOutputTokens = target.info?.capabilities.maxOutputTokens;
  if (maxOutputTokens && modelRequest.maxTokens! > maxOutputTokens) refuseRequest('maxTokensOver', modelRequest.maxTokens!, maxOutputTokens);
  // chooseRoute picks InvokeModel only for a configured family with a native codec, whose model it resolved.
  const codec = route === 'invoke' ? (loadNativeCodec(target.family!.native!, target.family!.name) as RouteCodec | Promise<RouteCodec>) : readConverseCodec(target.family?.converse);
  const prepared = { target, modelRequest, route, codec, region, endpoint, auth, platform } as PreparedCall;
  // The family's Converse adapter may load code this request needs (ConverseAdapter.load).
  const adapterCode = route === 'converse' && target.info ? target.family?.converse?.load?.(modelRequest) : undefined;
  if (codec instanceof Promise || adapterCode) {
    const codecLoaded = codec instanceof Promise ? codec.then((loaded) => void (prepared.codec = loaded)) : undefined;
    prepared.loading = Promise.all([codecLoaded, adapterCode]).then(() => void (prepared.loading = undefined));
  }
  return prepared;
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
 * The prepared call once the code it loads on use is there (at once when there is none), its
 * checks passed; `wait` bounds the wait by the call's deadline. `step`: a later step's request, whose
 * tool results (`toModelOutput`) may bring parts the call did not start with (media, say), whose
 * code then loads.
 */
export function readyCall(
  prepared: PreparedCall,
  wait: (work: () => Promise<void>) => Promise<void>,
  step: Pick<ModelRequest, 'messages'> & { stream?: boolean },
): PreparedCall | Promise<PreparedCall> {
  if (!prepared.loading && needsExtendedCode(step)) prepared.loading = loadExtendedCode().then(() => void (prepared.loading = undefined));
  // A whole Converse answer is decoded by code a bundle that only streams never loads (`stream`
  // unset: a call that sends no model step, countTokens, decodes no answer).
  const answerCode = step.stream === false && prepared.route === 'converse' && !converseAnswer.module ? loadOnUse(converseAnswer) : undefined;
  const loading = answerCode && prepared.loading ? Promise.all([answerCode, prepared.loading]) : (answerCode ?? prepared.loading);
  return loading ? wait(async () => void (await loading)).then(() => prepared) : prepared;
}
