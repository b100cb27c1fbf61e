import type { ModelInfo, ModelRequest } from '@bedrock-kit/core';
import { parseModelId } from '@bedrock-kit/core';
import { resolveCohereModel } from './resolve-cohere-model';

/** A `ModelRequest` with the facade's defaults, overridden by `overrides`. */
export function createTestRequest(overrides: Partial<ModelRequest> = {}): ModelRequest {
  return { messages: [{ role: 'user', content: 'Hello' }], providerOptions: {}, stream: false, ...overrides };
}

/** The resolved `ModelInfo` of a model ID (throws when the family does not claim it). */
export function testModel(id = 'cohere.command-r-v1:0'): ModelInfo {
  const info = resolveCohereModel(parseModelId(id));
  if (!info) throw new Error(`cohere does not resolve ${id}`);
  return info;
}

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
