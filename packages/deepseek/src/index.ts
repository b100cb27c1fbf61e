export { deepseek } from './deepseek';
export type { DeepseekModel } from './deepseek-models';
export { deepseekModels, deepseekModelPrefix, isDeepseekR1 } from './deepseek-models';
export { resolveDeepseekModel } from './resolve-deepseek-model';
export type { DeepseekRequestBody, DeepseekResponseBody } from './deepseek-request-body';
export type { ThinkSegment, ThinkSplitter } from './create-think-splitter';
export { prepareDeepseekConverseRequest } from './prepare-deepseek-converse-request';
export { assertDeepseekRequest, deepseekMaxStopSequences } from './assert-deepseek-request';
