/**
 * What one model can do on Bedrock. The facade checks these before sending,
 * so a request that can't work fails fast with the rule instead of a 400.
 */
export interface ModelCapabilities {
  /** Tool use (function calling). */
  tools: boolean;
  /** Tool use in a streaming call. When false, `streamText` with tools makes one non-streaming call and replays it. */
  toolsWhileStreaming: boolean;
  /** Reasoning / extended thinking. */
  reasoning: boolean;
  /** Prompt caching (cache points). */
  promptCaching: boolean;
  /** Image parts. */
  images: boolean;
  /** Document parts. */
  documents: boolean;
  /** Citations from documents. */
  citations: boolean;
  /** The family's native InvokeModel codec can serve this model. */
  nativeApi: boolean;
  /** The model accepts a system prompt. */
  systemPrompt: boolean;
}

/** Everything a family knows about one model ID. */
export interface ModelInfo {
  /** The family's name, e.g. `anthropic`. */
  family: string;
  /** The ID as sent on the wire. */
  modelId: string;
  /** The foundation-model ID (profile prefix or ARN stripped), when known. */
  baseModelId?: string;
  capabilities: ModelCapabilities;
  /**
   * Set when Bedrock serves this model only through an inference profile and
   * the caller gave a bare ID: the profile ID to use instead. The facade
   * refuses the request with an `InputError` naming it.
   */
  requiredInferenceProfile?: string;
}
