import type { ModelFamily, ModelRequest } from '@bedrock-kit/core';
import type { Route } from './choose-route';
import type { ModelTarget } from './resolve-model-target';
import { readExtendedCode, hasExtendedFeatures } from './extended/load-extended-code';
import { refuseRequest } from './refusal/refuse-request';

/**
 * Refuses, before any network call, a request the model can't serve according
 * to its family's capability table. Unknown models are not checked: the
 * service decides. A `providerOptions` key is checked against the capability
 * its family declares it needs (`ModelFamily.providerOptionKeys`, from any of
 * the configured `families`): the facade names no family's keys itself.
 */
export function checkCapabilities(target: ModelTarget, request: ModelRequest, route: Route, region = 'us-east-1', families: readonly ModelFamily[] = []): void {
  const { info, family } = target;
  // Only round two's features are Converse-only (their code is loaded when a request has one).
  if (route === 'invoke' && hasExtendedFeatures(request)) {
    const feature = readExtendedCode().findConverseOnlyFeature(request, family?.native, info?.capabilities);
    if (feature) refuseRequest('nativeCannotCarry', target.parsed.modelId, feature);
  }
  // Only a family maps `reasoning` to its wire field: without one it would be dropped.
  if (request.reasoning !== undefined && !family) {
    refuseRequest('reasoningWithoutFamily', target.parsed.modelId);
  }
  if (!info || !family) return;
  const id = target.parsed.modelId;
  if (info.requiredInferenceProfile !== undefined) {
    refuseRequest('profileOnly', id, info.requiredInferenceProfile, region);
  }
  const caps = info.capabilities;
  const requireCapability = (capable: boolean, feature: string) => {
    if (!capable) {
      refuseRequest('capability', id, family.displayName ?? family.name, feature, route === 'converse');
    }
  };
  requireCapability(!request.tools?.length || caps.tools, 'tool calling');
  requireCapability(request.system === undefined || caps.systemPrompt, 'system prompt');
  for (const owner of target.family ? [target.family, ...families] : families) {
    for (const [key, { requires, feature = key }] of Object.entries(owner.providerOptionKeys ?? {})) {
      const value = request.providerOptions[key];
      if (requires) requireCapability(value === undefined || value === false || caps[requires] !== false, feature);
    }
  }
  // Tool-call and tool-result parts, media and cache points: checkContentCapabilities, in the extended code
  // a request with any of round two's features loaded. A conversation of plain parts needs only the tool check.
  if (hasExtendedFeatures(request)) readExtendedCode().checkContentCapabilities(request, caps, requireCapability, id);
  else for (const { content } of request.messages) if (typeof content !== 'string' && content.some((part) => part.type !== 'text')) requireCapability(caps.tools, 'tool calling');
}
