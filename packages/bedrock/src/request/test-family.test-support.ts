import type { ModelCapabilities, ModelFamily } from '@bedrock-kit/core';

/** A minimal family for routing / capability tests; real families have their own suites. */
export function createTestFamily(overrides: Partial<ModelCapabilities> = {}, extra: Partial<ModelFamily> = {}): ModelFamily {
  const capabilities: ModelCapabilities = {
    tools: true,
    toolsWhileStreaming: true,
    reasoning: false,
    promptCaching: false,
    images: true,
    documents: true,
    citations: false,
    nativeApi: true,
    systemPrompt: true,
    ...overrides,
  };
  return {
    specificationVersion: 'v1',
    name: 'test',
    displayName: 'Test',
    resolveModel: (id) =>
      id.baseModelId?.startsWith('test.')
        ? {
            family: 'test',
            modelId: id.modelId,
            baseModelId: id.baseModelId,
            capabilities,
            ...(id.baseModelId === 'test.profile-only-v1:0' && !id.profilePrefix && !id.arn
              ? { requiredInferenceProfile: `us.${id.baseModelId}` }
              : {}),
          }
        : undefined,
    native: {
      prepareRequest: (request) => ({ body: { prompt: request.messages.length } }),
      parseResponse: () => ({ content: [], finishReason: 'stop', usage: { inputTokens: 0, outputTokens: 0, totalTokens: 0 } }),
      createStreamParser: () => ({ parse: () => [] }),
    },
    // Declared as @bedrock-kit/anthropic declares it: the facade checks a key only against what a family says it needs.
    providerOptionKeys: { anthropicPromptCache: { requires: 'promptCaching', feature: 'prompt caching' } },
    ...extra,
  };
}
