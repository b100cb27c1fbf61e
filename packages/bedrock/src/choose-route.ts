import { ConfigError, type ModelRequest } from '@bedrock-kit/core';
import type { ModelTarget } from './resolve-model-target';

export type Route = 'invoke' | 'converse';

/**
 * API.md routing: `useConverse: true` ⇒ Converse; `false` ⇒ the family's native
 * InvokeModel; otherwise tools ⇒ Converse, no known family / no native codec ⇒
 * Converse, a request the native codec can't carry ⇒ Converse, a family whose
 * `defaultRoute` is Converse ⇒ Converse, else native.
 */
export function chooseRoute(target: ModelTarget, request: ModelRequest): Route {
  const useConverse = request.providerOptions.useConverse;
  if (useConverse === true) return 'converse';
  const native = target.family?.native !== undefined && target.info?.capabilities.nativeApi !== false;
  if (useConverse === false) {
    if (!target.family) {
      throw new ConfigError({
        message: `useConverse: false needs the model's family, but no configured family serves "${target.parsed.modelId}". Pass it in createBedrock({ families: [...] }) or drop useConverse: false.`,
      });
    }
    if (!native) {
      throw new ConfigError({
        message: `useConverse: false: the ${target.family.name} family has no native InvokeModel codec for "${target.parsed.modelId}". Use Converse.`,
      });
    }
    return 'invoke';
  }
  if (request.tools !== undefined && request.tools.length > 0) return 'converse';
  if (!native) return 'converse';
  if (target.info && target.family?.native?.accepts?.(request, target.info) === false) return 'converse';
  return target.family?.defaultRoute === 'converse' ? 'converse' : 'invoke';
}
