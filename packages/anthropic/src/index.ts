export { anthropic } from './anthropic';
export type { AnthropicModelRow } from './anthropic-model-table';
export { anthropicModelTable, anthropicDefaultRow } from './anthropic-model-table';
export { resolveAnthropicModel } from './resolve-anthropic-model';
export { prepareAnthropicConverseRequest } from './prepare-anthropic-converse-request';
export type { AnthropicOptions } from './read-anthropic-options';
export type { AnthropicMessagesBody, AnthropicMessage, AnthropicContentBlock, AnthropicTool, AnthropicCacheControl } from './anthropic-messages-types';
