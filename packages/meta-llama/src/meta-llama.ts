import type { ModelFamily } from '@bedrock-kit/core';
import './meta-llama-provider-options';
import { acceptsMetaLlamaRequest } from './accepts-meta-llama-request';
import { resolveMetaLlamaModel } from './resolve-meta-llama-model';

/**
 * Meta Llama 3.x / 4 on Bedrock. Native InvokeModel renders the conversation
 * in the Llama chat template (`prompt`, `max_gen_len`, `temperature`, `top_p`);
 * capabilities are per model (Llama 4 takes tools through Converse, Llama 3.x
 * has none); bare IDs of models Bedrock serves only through inference
 * profiles resolve with `requiredInferenceProfile` set. No Converse quirks.
 *
 * @example
 * const bedrock = createBedrock({ families: [metaLlama] });
 */
export const metaLlama: ModelFamily = {
  specificationVersion: 'v1',
  name: 'meta-llama',
  // The facade's refusals read "this Llama model has no tool calling on Bedrock".
  displayName: 'Llama',
  resolveModel: resolveMetaLlamaModel,
  native: {
    accepts: acceptsMetaLlamaRequest,
    // The codec's code is a chunk of its own, loaded by the first call that goes native.
    load: () => import('./meta-llama-native-codec'),
  },
  // The keys this family reads; the facade learns them only from here.
  providerOptionKeys: { metaLlamaRawPrompt: {} },
};
