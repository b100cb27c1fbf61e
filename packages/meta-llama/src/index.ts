export { metaLlama } from './meta-llama';
export type { MetaLlamaModel, LlamaPromptTemplate } from './meta-llama-models';
export { metaLlamaModels, metaLlamaDefaultCapabilities, metaLlamaModelPrefix } from './meta-llama-models';
export { findMetaLlamaModel } from './find-meta-llama-model';
export { resolveMetaLlamaModel } from './resolve-meta-llama-model';
export type { LlamaPromptTokens } from './llama-prompt-tokens';
export type { MetaLlamaRequestBody, MetaLlamaResponseBody } from './meta-llama-request-body';
export type { MetaLlamaResponseContext } from './meta-llama-response-context';
export type { StopSequenceFilter } from './create-stop-sequence-filter';
