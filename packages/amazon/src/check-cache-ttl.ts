import { InputError, type ModelInfo } from '@bedrock-kit/core';

/** A cache-point TTL must be one the model's row lists (`'5m'` when the row lists none). */
export function checkCacheTtl(ttl: unknown, model: ModelInfo, field: string): void {
  if (ttl === undefined) return;
  const ttls: readonly string[] = model.capabilities.promptCacheTtls ?? ['5m'];
  if (!ttls.includes(ttl as string)) {
    throw new InputError({
      message: `${field}: ${model.baseModelId ?? model.modelId} takes cache TTL ${ttls.map((t) => `'${t}'`).join(', ')}; got ${JSON.stringify(ttl)}.`,
    });
  }
}
