import type { ModelFamily } from '@bedrock-kit/core';
import './cohere-provider-options';
import { prepareCohereConverseRequest } from './prepare-cohere-converse-request';
import { resolveCohereModel } from './resolve-cohere-model';

/**
 * Cohere Command R / R+ on Amazon Bedrock. Converse is the default route
 * (`defaultRoute: 'converse'`; API.md: "Converse by default"): tools, tools
 * while streaming, and documents with citations. The native Command R chat
 * body is used when the caller sets `useConverse: false`. Cohere Embed is a
 * separate value, `cohereEmbed`, so a text-only bundle does not carry it.
 *
 * @example
 * const bedrock = createBedrock({ families: [cohere] });
 */
export const cohere: ModelFamily = {
  specificationVersion: 'v1',
  name: 'cohere',
  displayName: 'Cohere',
  defaultRoute: 'converse',
  resolveModel: resolveCohereModel,
  // The codec's code is a chunk of its own, loaded by the first call that goes native.
  native: { load: () => import('./cohere-native-codec') },
  converse: { prepareRequest: prepareCohereConverseRequest },
  // The keys this family reads; the facade learns them only from here (the embedding keys belong to `cohereEmbed`).
  providerOptionKeys: { cohereCitations: {} },
};
