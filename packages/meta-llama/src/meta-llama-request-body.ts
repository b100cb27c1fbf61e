/**
 * The native InvokeModel body of Meta Llama models
 * (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-meta.html).
 * `additionalModelRequestFields` are merged in at the top level.
 */
export interface MetaLlamaRequestBody {
  /** The whole conversation rendered in the Llama chat template. */
  prompt: string;
  /** Largest number of tokens to generate. */
  max_gen_len?: number;
  temperature?: number;
  top_p?: number;
  [key: string]: unknown;
}

/** A non-streaming native response, and (field by field) each stream chunk. */
export interface MetaLlamaResponseBody {
  generation?: string;
  /** `null` in stream chunks after the first; absent in some guardrail replies. */
  prompt_token_count?: number | null;
  generation_token_count?: number | null;
  /** `stop`, `length`, … ; `null` until the last stream chunk. */
  stop_reason?: string | null;
  [key: string]: unknown;
}
