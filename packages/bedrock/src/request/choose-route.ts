import type { ModelRequest } from '@bedrock-kit/core';
import { refuseSetting } from './refusal/refuse-request';
import { readExtendedCode, hasExtendedFeatures } from './extended/load-extended-code';
import type { ModelTarget } from './resolve-model-target';

export type Route = 'invoke' | 'converse';

/**
 * API.md routing: `useConverse: true` ⇒ Converse; `false` ⇒ the family's native
 * InvokeModel; otherwise tools ⇒ Converse, no known family / no native codec ⇒
 * Converse, a request the native codec can't carry ⇒ Converse, a family whose
 * `defaultRoute` is Converse ⇒ Converse, else native.
 */
export function chooseRoute(target: ModelTarget, request: ModelRequest): Route {
  const { family, info } = target;
  const useConverse = request.providerOptions.useConverse;
  if (useConverse === true) return 'converse';
  const native = family?.native !== undefined && info?.capabilities.nativeApi !== false;
  if (useConverse === false) {
    if (native) return 'invoke';
    refuseSetting('useConverseWithoutNative', family?.name, target.parsed.modelId);
  }
  if (request.tools?.length || !native || (info && family?.native?.accepts?.(request, info) === false)) return 'converse';
  if (hasExtendedFeatures(request) && readExtendedCode().findConverseOnlyFeature(request, family?.native, info?.capabilities) !== undefined) return 'converse';
  return family?.defaultRoute === 'converse' ? 'converse' : 'invoke';
}
