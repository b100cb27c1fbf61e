import type { EmbeddingModelV4, ImageModelV4, LanguageModelV4, ProviderV4 } from '@ai-sdk/provider';
import { NoSuchModelError } from '@ai-sdk/provider';
import { createBedrockClient, type BedrockOptions } from '@bedrock-kit/bedrock';
import { createEmbeddingModel } from './create-embedding-model';
import { createLanguageModel } from './create-language-model';

/** A Vercel AI SDK provider (specification v4) backed by bedrock-kit. Call it with a model ID. */
export interface BedrockKitProvider extends ProviderV4 {
  /** The language model for a Bedrock model ID, inference-profile ID or ARN (`bedrock:` prefix optional). */
  (modelId: string): LanguageModelV4;
  languageModel(modelId: string): LanguageModelV4;
  /** An embedding model over bedrock-kit's `embedMany` (pass `amazonEmbed` / `cohereEmbed` in `families`). */
  embeddingModel(modelId: string): EmbeddingModelV4;
  /** Bedrock image models are not served by bedrock-kit: always throws `NoSuchModelError`. */
  imageModel(modelId: string): ImageModelV4;
}

/**
 * Creates an AI SDK provider whose models call Amazon Bedrock through bedrock-kit:
 * its routing (native InvokeModel or Converse per family), SigV4 or API-key auth,
 * retries and timeouts. Takes the options of `createBedrock`; pass the families you use.
 * Nothing is read from the environment until a call is made.
 *
 * @example
 * import { generateText } from 'ai';
 * import { anthropic } from '@bedrock-kit/anthropic';
 * import { createBedrockKit } from '@bedrock-kit/ai-sdk';
 *
 * const bedrockKit = createBedrockKit({ families: [anthropic], region: 'us-east-1' });
 * const { text } = await generateText({ model: bedrockKit('anthropic.claude-3-5-haiku-20241022-v1:0'), prompt: 'Hello' });
 */
export function createBedrockKit(options: BedrockOptions = {}): BedrockKitProvider {
  // A client and the call functions: the provider carries no call it doesn't make.
  const client = createBedrockClient(options);
  const languageModel = (modelId: string) => createLanguageModel(client, modelId);
  const provider = Object.assign(languageModel, {
    specificationVersion: 'v4' as const,
    languageModel,
    embeddingModel: (modelId: string) => createEmbeddingModel(client, modelId),
    imageModel: (modelId: string): ImageModelV4 => {
      throw new NoSuchModelError({ modelId, modelType: 'imageModel' });
    },
  });
  return provider;
}
