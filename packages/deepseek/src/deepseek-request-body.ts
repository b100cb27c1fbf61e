/**
 * The DeepSeek-R1 InvokeModel body
 * (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-deepseek.html).
 * `additionalModelRequestFields` are merged at the top level.
 */
export interface DeepseekRequestBody {
  prompt: string;
  /** 1 to 32,768. */
  max_tokens?: number;
  /** ≤ 1. */
  temperature?: number;
  /** ≤ 1. */
  top_p?: number;
  /** At most 10 items. */
  stop?: string[];
  [key: string]: unknown;
}

/** A non-streaming answer, and (field by field) each stream chunk. */
export interface DeepseekResponseBody {
  choices?: { text?: string; stop_reason?: string | null }[];
  [key: string]: unknown;
}
