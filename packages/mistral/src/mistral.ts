import type { ModelFamily } from '@bedrock-kit/core';
import { acceptsMistralRequest } from './accepts-mistral-request';
import { prepareMistralConverseRequest } from './prepare-mistral-converse-request';
import { resolveMistralModel } from './resolve-mistral-model';

/**
 * Mistral AI models on Bedrock. Native InvokeModel speaks the body AWS documents for each model:
 * the text-completion body (`<s>[INST] … [/INST]` prompt → `outputs`) for Mistral 7B, Mixtral 8x7B
 * and the 24.02 models, the chat-completion body (`messages` → `choices`, tools, Pixtral images)
 * for the others. On Converse, tool results go as JSON.
 *
 * @example
 * const bedrock = createBedrock({ families: [mistral] });
 */
export const mistral: ModelFamily = {
  specificationVersion: 'v1',
  name: 'mistral',
  displayName: 'Mistral',
  resolveModel: resolveMistralModel,
  native: {
    accepts: acceptsMistralRequest,
    // The codec's code is a chunk of its own, loaded by the first call that goes native.
    load: () => import('./mistral-native-codec'),
  },
  converse: { prepareRequest: prepareMistralConverseRequest },
};
