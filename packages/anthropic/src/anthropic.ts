import type { ModelFamily } from '@bedrock-kit/core';
import './anthropic-provider-options';
import { findAnthropicModelRow } from './find-anthropic-model-row';
import { loadAnthropicConverseRules, prepareAnthropicConverseRequest } from './prepare-anthropic-converse-request';
import { resolveAnthropicModel } from './resolve-anthropic-model';

/**
 * Anthropic Claude on Bedrock: the model table (Claude 3 – 4.x, `us.` / `eu.` / `apac.` /
 * `global.` profiles and profile ARNs), the native Messages API codec, and Converse quirks
 * (prompt-cache points, document citations).
 *
 * @example
 * const bedrock = createBedrock({ families: [anthropic] });
 */
export const anthropic: ModelFamily = {
  specificationVersion: 'v1',
  name: 'anthropic',
  displayName: 'Claude',
  resolveModel: resolveAnthropicModel,
  native: {
    // Mid-conversation `role: 'system'` turns, on the models whose row says so (refused per model otherwise).
    systemMessages: true,
    systemParts: true,
    toolResultContent: true,
    // Without a forced route, a request the native body can't carry for this model goes over Converse.
    accepts: (request, model) => !request.systemMessages?.length || findAnthropicModelRow(model.baseModelId ?? model.modelId)?.systemMessages === true,
    // The codec's code is a chunk of its own, loaded by the first call that goes native.
    load: () => import('./anthropic-native-codec'),
  },
  converse: {
    prepareRequest: prepareAnthropicConverseRequest,
    // Reasoning, cache points and citations: their rules load with the first request that has one.
    load: loadAnthropicConverseRules,
  },
  // The keys read-anthropic-options reads; the facade learns them (and what they need) only from here.
  providerOptionKeys: {
    anthropicPromptCache: { requires: 'promptCaching', feature: 'prompt caching' },
    anthropicPromptCacheTtl: {},
    anthropicCitations: {},
  },
};
