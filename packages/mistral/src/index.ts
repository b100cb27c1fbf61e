export { mistral } from './mistral';
export type { MistralModel, MistralNativeBody } from './mistral-models';
export { mistralModels, mistralDefaultModel, mistralModelPrefix } from './mistral-models';
export { findMistralModel } from './find-mistral-model';
export { resolveMistralModel } from './resolve-mistral-model';
export type {
  MistralChatContentPart,
  MistralChatMessage,
  MistralChatRequestBody,
  MistralChatToolCall,
  MistralTextRequestBody,
  MistralTextResponseBody,
} from './mistral-wire-types';
export { prepareMistralConverseRequest } from './prepare-mistral-converse-request';
export { assertMistralReasoning } from './assert-mistral-reasoning';
