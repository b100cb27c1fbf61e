/**
 * The Converse request pieces a family may adjust (see the Bedrock Runtime
 * service model, `ConverseRequest`). Kept loose: content blocks are unions of
 * single-key objects.
 */
export type ConverseContentBlock = Record<string, unknown>;

export interface ConverseMessage {
  /** `system`: a mid-conversation instruction (service model 2026-07-31). */
  role: 'user' | 'assistant' | 'system';
  content: ConverseContentBlock[];
}

export interface ConverseRequestBody {
  messages: ConverseMessage[];
  system?: ConverseContentBlock[];
  inferenceConfig?: { maxTokens?: number; temperature?: number; topP?: number; stopSequences?: string[] };
  toolConfig?: { tools: Record<string, unknown>[]; toolChoice?: Record<string, unknown> };
  additionalModelRequestFields?: Record<string, unknown>;
  [key: string]: unknown;
}
