import type { EmbeddingModelV4, EmbeddingModelV4CallOptions, EmbeddingModelV4Result } from '@ai-sdk/provider';
import { UnsupportedFunctionalityError } from '@ai-sdk/provider';
import type { Bedrock } from '@bedrock-kit/bedrock';
import { providerName } from './create-language-model';
import { readBedrockKitOptions } from './request/read-bedrock-kit-options';
import { mapBedrockError } from './response/map-bedrock-error';

/** The `embedMany` call of a bedrock-kit client that has one (API.md, second round). */
interface EmbedManyCall {
  embedMany(request: {
    model: string;
    values: string[];
    dimensions?: number;
    inputType?: string;
    abortSignal?: AbortSignal;
    providerOptions?: Record<string, unknown>;
  }): Promise<{ embeddings: number[][]; usage?: { inputTokens?: number } }>;
}

/**
 * An `EmbeddingModelV4` over bedrock-kit's `embedMany` (which batches where the
 * model takes arrays and keeps order). A client without `embedMany` answers
 * `UnsupportedFunctionalityError` when called, not when created.
 */
export function createEmbeddingModel(bedrock: Bedrock, modelId: string): EmbeddingModelV4 {
  return {
    specificationVersion: 'v4',
    provider: providerName,
    modelId,
    // bedrock-kit batches by itself; the AI SDK hands over all values at once.
    maxEmbeddingsPerCall: undefined,
    supportsParallelCalls: true,
    async doEmbed(options: EmbeddingModelV4CallOptions): Promise<EmbeddingModelV4Result> {
      const client = bedrock as Bedrock & Partial<EmbedManyCall>;
      if (typeof client.embedMany !== 'function') {
        throw new UnsupportedFunctionalityError({ functionality: 'embeddings (this @bedrock-kit/bedrock has no embedMany)' });
      }
      // `inputType` is a request field of bedrock-kit's embed calls; the rest are its providerOptions.
      const { inputType, ...providerOptions } = readBedrockKitOptions(options.providerOptions) ?? {};
      try {
        const result = await client.embedMany({
          model: modelId,
          values: options.values,
          ...(options.dimensions !== undefined ? { dimensions: options.dimensions } : {}),
          ...(typeof inputType === 'string' ? { inputType } : {}),
          ...(options.abortSignal ? { abortSignal: options.abortSignal } : {}),
          ...(Object.keys(providerOptions).length > 0 ? { providerOptions } : {}),
        });
        const tokens = result.usage?.inputTokens;
        return { embeddings: result.embeddings, ...(tokens !== undefined ? { usage: { tokens } } : {}), warnings: [] };
      } catch (error) {
        throw mapBedrockError(error, modelId);
      }
    },
  };
}
