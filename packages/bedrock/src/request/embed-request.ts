import type { EmbeddingInputType } from '@bedrock-kit/core';
import type { ProviderOptions } from './generate-text-request';

/** What `embed` and `embedMany` share. */
export interface EmbedRequestBase {
  /** Embedding model ID, optionally prefixed `bedrock:`; inference-profile IDs and ARNs work. */
  model: string;
  /** Vector size, where the model offers a choice (Titan v2 256 / 512 / 1024, Cohere v4 256 / 512 / 1024 / 1536). */
  dimensions?: number;
  /** How the texts are meant (Cohere `input_type`, Nova `embeddingPurpose`; models without it ignore it). @default 'document' */
  inputType?: EmbeddingInputType;
  abortSignal?: AbortSignal;
  /** Credentials and region as for text calls, plus the family's keys (`normalize`, `cohereTruncate`, …). */
  providerOptions?: ProviderOptions;
}

/** The request of `embed`: one text. */
export interface EmbedRequest extends EmbedRequestBase {
  value: string;
}

/** The request of `embedMany`: texts, batched per model. */
export interface EmbedManyRequest extends EmbedRequestBase {
  values: string[];
  /**
   * Requests in flight at once (each a batch, or one text for models that take one per request, such as Titan).
   * @default 5
   */
  maxConcurrency?: number;
}

/** Embedding token usage, summed over the requests of the call; `undefined` when any answer carried no count. */
export interface EmbeddingUsage {
  inputTokens: number | undefined;
}

/** The result of `embed`. */
export interface EmbedResult {
  /** The vector, exactly as the service sent it. */
  embedding: number[];
  usage: EmbeddingUsage;
}

/** The result of `embedMany`. */
export interface EmbedManyResult {
  /** One vector per value, in the order of `values`. */
  embeddings: number[][];
  usage: EmbeddingUsage;
}
