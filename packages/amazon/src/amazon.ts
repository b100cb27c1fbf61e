import type { ModelFamily } from '@bedrock-kit/core';
import './amazon-provider-options';
import { acceptsNovaRequest } from './accepts-nova-request';
import { prepareNovaConverseRequest } from './prepare-nova-converse-request';
import { resolveAmazonModel } from './resolve-amazon-model';

/**
 * Amazon Nova (Micro, Lite, Pro, Premier, Nova 2 Lite) on Bedrock. Amazon's embedding models
 * (Titan Text Embeddings v2 and v1, Nova 2 multimodal embeddings for text) are a separate value,
 * `amazonEmbed`, so a text-only bundle does not carry them. Native InvokeModel
 * speaks Nova's `messages-v1` body, tools included; on Converse the family adds Nova's reasoning
 * config and cache points.
 *
 * @example
 * const bedrock = createBedrock({ families: [amazon] });
 * const { text } = await bedrock.generateText({ model: 'us.amazon.nova-lite-v1:0', prompt: 'Hello' });
 */
export const amazon: ModelFamily = {
  specificationVersion: 'v1',
  name: 'amazon',
  displayName: 'Amazon Nova',
  resolveModel: resolveAmazonModel,
  native: {
    accepts: acceptsNovaRequest,
    // The codec's code is a chunk of its own, loaded by the first call that goes native.
    load: () => import('./amazon-native-codec'),
  },
  converse: {
    prepareRequest: prepareNovaConverseRequest,
  },
  // The family reads the facade's own `promptCache`; Titan's `normalize` belongs to `amazonEmbed`.
};
