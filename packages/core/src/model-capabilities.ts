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
  /**
   * The `reasoning` levels the model takes (API.md "Second round"). Absent or empty
   * with `reasoning: true`: only `{ budgetTokens }`. `alwaysReasons` models accept
   * anything but `'none'`.
   */
  reasoningEfforts?: readonly ReasoningEffort[];
  /** The model reasons on every call (DeepSeek R1, gpt-oss): `reasoning: 'none'` is refused. */
  alwaysReasons?: boolean;
  /** Native structured output (`outputConfig.textFormat` JSON schema): `generateObject` `mode: 'json'`. */
  structuredOutput?: boolean;
  /**
   * The family's native InvokeModel codec carries structured output for this model (Claude
   * `output_config.format`), so `generateObject` `mode: 'json'` with `useConverse: false` is sent
   * natively. Without it structured output is Converse-only: a forced native route is an `InputError`.
   */
  nativeStructuredOutput?: boolean;
  /** Video parts. */
  video?: boolean;
  /** `countTokens` (`POST /model/{id}/count-tokens`) serves the model. */
  countTokens?: boolean;
  /** Cache-point TTLs the model takes; absent means `'5m'` only where `promptCaching` is true. */
  promptCacheTtls?: readonly ('5m' | '1h')[];
  /** Largest `maxTokens` the model accepts, when the family knows it. */
  maxOutputTokens?: number;
}

/** A named reasoning level of the `reasoning` request field. */
export type ReasoningEffort = 'low' | 'medium' | 'high' | 'xhigh' | 'max';

/** The `reasoning` request field: a level, `'none'`, or an explicit token budget. */
export type ReasoningSetting = 'none' | ReasoningEffort | { budgetTokens: number };

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
