/** Token counts as Bedrock reports them. */
export interface Usage {
  /** Input tokens, excluding cache reads and writes (reported separately). */
  inputTokens: number;
  outputTokens: number;
  totalTokens: number;
  cacheReadTokens?: number;
  cacheWriteTokens?: number;
}

/** Why the model stopped. */
export type FinishReason = 'stop' | 'length' | 'tool-calls' | 'content-filter' | 'error' | 'other';

/** A zero usage, the start of every accumulation. */
export function createEmptyUsage(): Usage {
  return { inputTokens: 0, outputTokens: 0, totalTokens: 0 };
}
