import { parseModelId, type ModelInfo, type ModelRequest } from '@bedrock-kit/core';
import { anthropic } from './anthropic';
import { nativeCodec } from './anthropic-native-codec';

/** A ModelRequest with defaults a test can override. */
export function modelRequest(overrides: Partial<ModelRequest> = {}): ModelRequest {
  return { messages: [{ role: 'user', content: 'Hello' }], providerOptions: {}, stream: false, ...overrides };
}

/** The ModelInfo the facade would pass for `id`. */
export function modelInfo(id = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0'): ModelInfo {
  const info = anthropic.resolveModel(parseModelId(id));
  if (!info) throw new Error(`not a Claude ID: ${id}`);
  return info;
}

/** Builds the native body for a request (test shorthand). */
export function nativeBody(overrides: Partial<ModelRequest> = {}, id?: string): Record<string, any> {
  return nativeCodec.prepareRequest(modelRequest(overrides), modelInfo(id)).body as Record<string, any>;
}
