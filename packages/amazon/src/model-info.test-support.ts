import { parseModelId, type ModelInfo, type ModelRequest } from '@bedrock-kit/core';
import { resolveAmazonModel } from './resolve-amazon-model';

/** The resolved info of a model ID (throws when the family does not claim it). */
export function infoOf(id: string): ModelInfo {
  const info = resolveAmazonModel(parseModelId(id));
  if (!info) throw new Error(`amazon does not claim ${id}`);
  return info;
}

/** A request as the facade hands it to a family. */
export function requestOf(fields: Partial<ModelRequest> = {}): ModelRequest {
  return { messages: [{ role: 'user', content: 'Hello' }], providerOptions: {}, stream: false, ...fields };
}
