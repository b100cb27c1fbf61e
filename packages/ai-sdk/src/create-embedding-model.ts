import type { EmbeddingModelV4, EmbeddingModelV4CallOptions, EmbeddingModelV4Result } from '@ai-sdk/provider';
import { embedMany, type BedrockClient, type EmbedManyRequest } from '@bedrock-kit/bedrock';
import { providerName } from './create-language-model';
import { readBedrockKitOptions } from './request/read-bedrock-kit-options';
import { mapBedrockError } from './response/map-bedrock-error';

/** bedrock-kit's `embedMany` as this model calls it (a test may hand in another). */
export type EmbedManyCall = (client: BedrockClient, request: EmbedManyRequest) => Promise<{ embeddings: number[][]; usage: { inputTokens: number | undefined } }>;

/**
 * An `EmbeddingModelV4` over bedrock-kit's `embedMany`, which batches per model
 * (96 texts per request for Cohere Embed, one for Titan, bounded concurrency)
 * and keeps order: the AI SDK hands over all values in one call.
 * `providerOptions.bedrockKit.inputType` and `.maxConcurrency` are request
 * fields of `embedMany`; the other `bedrockKit` keys are its `providerOptions`.
 */
export function createEmbeddingModel(client: BedrockClient, modelId: string, call: EmbedManyCall = embedMany): EmbeddingModelV4 {
  return {
    specificationVersion: 'v4',
    provider: providerName,
    modelId,
    // bedrock-kit batches by itself; the AI SDK hands over all values at once.
    maxEmbeddingsPerCall: undefined,
    supportsParallelCalls: true,
    async doEmbed(options: EmbeddingModelV4CallOptions): Promise<EmbeddingModelV4Result> {
      const { inputType, maxConcurrency, ...providerOptions } = readBedrockKitOptions(options.providerOptions) ?? {};
      try {
        const result = await call(client, {
          model: modelId,
          values: options.values,
          ...(options.dimensions !== undefined ? { dimensions: options.dimensions } : {}),
          ...(inputType !== undefined ? { inputType: inputType as EmbedManyRequest['inputType'] } : {}),
          ...(maxConcurrency !== undefined ? { maxConcurrency: maxConcurrency as number } : {}),
          ...(options.abortSignal ? { abortSignal: options.abortSignal } : {}),
          ...(Object.keys(providerOptions).length > 0 ? { providerOptions } : {}),
        });
        const tokens = result.usage.inputTokens;
        return { embeddings: result.embeddings, ...(tokens !== undefined ? { usage: { tokens } } : {}), warnings: [] };
      } catch (error) {
        throw mapBedrockError(error, modelId);
      }
    },
  };
}
