/**
 * The Nova `messages-v1` InvokeModel body (Amazon Nova user guide, "Complete request schema"):
 * the Converse shapes with bytes as base64 strings. Content blocks are single-key objects.
 */
export type NovaContentBlock = Record<string, unknown>;

/** One conversation turn of the native body. */
export interface NovaMessage {
  role: 'user' | 'assistant';
  content: NovaContentBlock[];
}

/** `inferenceConfig` of the native body (camelCase names, as the schema page writes them). */
export interface NovaInferenceConfig {
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  topK?: number;
  stopSequences?: string[];
}

/** Nova 2 extended thinking. */
export interface NovaReasoningConfig {
  type: 'enabled' | 'disabled';
  maxReasoningEffort?: 'low' | 'medium' | 'high';
}

/** The native request body. */
export interface NovaRequestBody {
  schemaVersion: 'messages-v1';
  system?: NovaContentBlock[];
  messages: NovaMessage[];
  inferenceConfig?: NovaInferenceConfig;
  toolConfig?: { tools: NovaContentBlock[]; toolChoice?: NovaContentBlock };
  reasoningConfig?: NovaReasoningConfig;
  [key: string]: unknown;
}
