import type { ModelInfo, ModelRequest } from '@bedrock-kit/core';
import { findMistralModel } from './find-mistral-model';

/**
 * Whether the native body carries the request; when not, the default route is Converse. Text
 * body: text turns only, no tools. Chat body: no documents, no stop sequences (no documented
 * field), no named tool among several (`tool_choice` has no name).
 */
export function acceptsMistralRequest(request: ModelRequest, model: ModelInfo): boolean {
  const text = findMistralModel(model.baseModelId)?.body === 'text';
  const parts = request.messages.flatMap((message) => (typeof message.content === 'string' ? [] : message.content));
  if (text) return !request.tools?.length && parts.every((part) => part.type === 'text' || part.type === 'reasoning');
  if (request.stopSequences?.some((stop) => stop !== '')) return false;
  if (typeof request.toolChoice === 'object' && (request.tools?.length ?? 0) > 1) return false;
  return parts.every((part) => part.type !== 'document');
}
