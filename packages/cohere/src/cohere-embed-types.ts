/**
 * The Cohere Embed InvokeModel body (model-parameters-embed-v3.html, model-parameters-embed-v4.html).
 */
export interface CohereEmbedRequestBody {
  texts: string[];
  input_type: 'search_query' | 'search_document' | 'classification' | 'clustering';
  /** `NONE` | `START` | `END` (default `END`): how the model cuts a text longer than it takes. */
  truncate?: CohereEmbedTruncate;
  /** e.g. `['float']`; the answer then holds `embeddings.float`. */
  embedding_types?: CohereEmbeddingType[];
  /** Embed v4 only: 256, 512, 1024 or 1536. */
  output_dimension?: number;
  [key: string]: unknown;
}

/** How Cohere Embed cuts a text that is too long. */
export type CohereEmbedTruncate = 'NONE' | 'START' | 'END';

/** The vector types Cohere Embed returns. */
export type CohereEmbeddingType = 'float' | 'int8' | 'uint8' | 'binary' | 'ubinary';
