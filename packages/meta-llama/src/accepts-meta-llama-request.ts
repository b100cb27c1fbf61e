import type { ModelRequest } from '@bedrock-kit/core';

/**
 * The native Llama body is one text prompt: it carries text turns only. Anything
 * else (images, documents, tool parts, reasoning) goes through Converse unless
 * the caller forces the native route, where it is an `InputError`.
 */
export function acceptsMetaLlamaRequest(request: ModelRequest): boolean {
  if (request.tools !== undefined && request.tools.length > 0) return false;
  return request.messages.every((message) => typeof message.content === 'string' || message.content.every((part) => part.type === 'text'));
}
