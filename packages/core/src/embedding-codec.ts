import type { ParsedModelId } from './model-id';

/** How the caller means the texts (API.md `embed` `inputType`). */
export type EmbeddingInputType = 'query' | 'document' | 'classification' | 'clustering';

/** What a family knows about one embedding model. */
export interface EmbeddingModelInfo {
  /** The family's name, e.g. `amazon`. */
  family: string;
  /** The ID as sent on the wire. */
  modelId: string;
  /** The foundation-model ID (profile prefix or ARN stripped), when known. */
  baseModelId?: string;
  /** Texts one request may carry: 1 for models that take one text per call (Titan), 96 for Cohere Embed. */
  maxBatchSize: number;
  /** The `dimensions` values the model takes; absent: the option is refused. */
  dimensions?: readonly number[];
  /** The model reads `inputType` (Cohere `input_type`). */
  inputTypes: boolean;
  /** Longest text in characters, when the family knows it. */
  maxTextLength?: number;
}

/** One embedding request as a family receives it: validated by the facade, at most `maxBatchSize` values. */
export interface EmbeddingRequest {
  values: string[];
  dimensions?: number;
  inputType: EmbeddingInputType;
  /** All call provider options; a family reads its own keys. */
  providerOptions: Record<string, unknown>;
}

/** A decoded embedding answer: one vector per value, in order. */
export interface EmbeddingResponse {
  embeddings: number[][];
  /** Absent when the wire gives no count (then the facade reads `X-Amzn-Bedrock-Input-Token-Count`). */
  inputTokens?: number;
}

/** A family's embedding models on InvokeModel. Pure: no I/O. */
export interface EmbeddingCodec {
  /** The model's info when this family serves the ID as an embedding model, else `undefined`. */
  resolveModel(id: ParsedModelId): EmbeddingModelInfo | undefined;
  /** Builds the InvokeModel body; throws `InputError` for anything the model can't take. */
  prepareRequest(request: EmbeddingRequest, model: EmbeddingModelInfo): { body: unknown };
  parseResponse(body: unknown, context: { headers: Headers; request: EmbeddingRequest }): EmbeddingResponse;
}
