import type { ModelFamily } from '@bedrock-kit/core';
import { prepareOpenaiOssConverseRequest } from './prepare-openai-oss-converse-request';
import { resolveOpenaiOssModel } from './resolve-openai-oss-model';

/**
 * OpenAI gpt-oss-20b / gpt-oss-120b on Bedrock. Native InvokeModel speaks the
 * chat-completions body (reasoning from `<reasoning>` tags, tool calls, usage);
 * on Converse it only removes reasoning signatures the model rejects.
 *
 * @example
 * const bedrock = createBedrock({ families: [openaiOss] });
 */
export const openaiOss: ModelFamily = {
  specificationVersion: 'v1',
  name: 'openai-oss',
  displayName: 'gpt-oss',
  resolveModel: resolveOpenaiOssModel,
  native: {
    // The codec's code is a chunk of its own, loaded by the first call that goes native.
    load: () => import('./openai-oss-native-codec'),
  },
  converse: {
    prepareRequest: prepareOpenaiOssConverseRequest,
  },
};
