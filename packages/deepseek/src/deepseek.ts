import type { ModelFamily } from '@bedrock-kit/core';
import { acceptsDeepseekRequest } from './accepts-deepseek-request';
import { prepareDeepseekConverseRequest } from './prepare-deepseek-converse-request';
import { resolveDeepseekModel } from './resolve-deepseek-model';

/**
 * DeepSeek on Bedrock. R1 (profile-only, always reasons, no tools): native InvokeModel renders the
 * conversation in R1's prompt template and splits the answer at `</think>` into reasoning and
 * text, also across stream chunks; on Converse its `reasoningContent` blocks are reasoning parts.
 * V3.1 / V3.2 (tools) go through Converse.
 *
 * @example
 * const bedrock = createBedrock({ families: [deepseek] });
 */
export const deepseek: ModelFamily = {
  specificationVersion: 'v1',
  name: 'deepseek',
  displayName: 'DeepSeek',
  resolveModel: resolveDeepseekModel,
  native: {
    accepts: acceptsDeepseekRequest,
    // The codec's code is a chunk of its own, loaded by the first call that goes native.
    load: () => import('./deepseek-native-codec'),
  },
  converse: { prepareRequest: prepareDeepseekConverseRequest },
};
