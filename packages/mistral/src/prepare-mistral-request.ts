import type { ModelInfo, ModelRequest, NativeRequest } from '@bedrock-kit/core';
import { assertMistralReasoning } from './assert-mistral-reasoning';
import { findMistralModel } from './find-mistral-model';
import { prepareMistralChatRequest } from './prepare-mistral-chat-request';
import { prepareMistralTextRequest } from './prepare-mistral-text-request';

/** Builds the native body the model's row names: text completion (7B, Mixtral, 24.02 models) or chat completion. */
export function prepareMistralRequest(request: ModelRequest, model: ModelInfo): NativeRequest {
  assertMistralReasoning(request, model);
  return findMistralModel(model.baseModelId)?.body === 'text' ? prepareMistralTextRequest(request, model) : prepareMistralChatRequest(request, model);
}
