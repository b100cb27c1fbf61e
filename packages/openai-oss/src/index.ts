export { openaiOss } from './openai-oss';
export type { OpenaiOssModel } from './openai-oss-models';
export { openaiOssModels, openaiOssDefaultCapabilities, openaiOssModelPrefix } from './openai-oss-models';
export { resolveOpenaiOssModel } from './resolve-openai-oss-model';
export { prepareOpenaiOssRequest } from './prepare-openai-oss-request';
export { parseOpenaiOssResponse } from './parse-openai-oss-response';
export { createOpenaiOssStreamParser } from './create-openai-oss-stream-parser';
export { prepareOpenaiOssConverseRequest } from './prepare-openai-oss-converse-request';
export type { ReasoningTagSegment, ReasoningTagSplitter } from './create-reasoning-tag-splitter';
export { createReasoningTagSplitter } from './create-reasoning-tag-splitter';
export { splitReasoningTags } from './split-reasoning-tags';
export { mapOpenaiOssFinishReason } from './map-openai-oss-finish-reason';
export type {
  OpenaiOssChatMessage,
  OpenaiOssChatRequestBody,
  OpenaiOssChatTool,
  OpenaiOssChatToolCall,
  OpenaiOssChatToolChoice,
} from './openai-oss-chat-types';
