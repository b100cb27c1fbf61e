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
export { convertToMistralInstructPrompt } from './convert-to-mistral-instruct-prompt';
export { convertToMistralChatMessages } from './convert-to-mistral-chat-messages';
export { prepareMistralRequest } from './prepare-mistral-request';
export { prepareMistralTextRequest, mistralMaxStopSequences } from './prepare-mistral-text-request';
export { prepareMistralChatRequest } from './prepare-mistral-chat-request';
export { parseMistralResponse } from './parse-mistral-response';
export { createMistralStreamParser } from './create-mistral-stream-parser';
export { mapMistralStopReason } from './map-mistral-stop-reason';
export { prepareMistralConverseRequest } from './prepare-mistral-converse-request';
export { assertMistralReasoning } from './assert-mistral-reasoning';
