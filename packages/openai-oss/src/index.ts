export { openaiOss } from './openai-oss';
export type { OpenaiOssModel } from './openai-oss-models';
export { openaiOssModels, openaiOssDefaultCapabilities, openaiOssModelPrefix } from './openai-oss-models';
export { resolveOpenaiOssModel } from './resolve-openai-oss-model';
export { prepareOpenaiOssConverseRequest } from './prepare-openai-oss-converse-request';
export type { ReasoningTagSegment, ReasoningTagSplitter } from './create-reasoning-tag-splitter';
export type {
  OpenaiOssChatMessage,
  OpenaiOssChatRequestBody,
  OpenaiOssChatTool,
  OpenaiOssChatToolCall,
  OpenaiOssChatToolChoice,
} from './openai-oss-chat-types';
