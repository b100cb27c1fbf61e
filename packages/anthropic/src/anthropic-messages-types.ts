/** `cache_control` of the Anthropic Messages API. */
export interface AnthropicCacheControl {
  type: 'ephemeral';
  ttl?: '5m' | '1h';
}

/** A content block of the Anthropic Messages API body (loose: the codec builds these, the service checks them). */
export type AnthropicContentBlock = { type: string; cache_control?: AnthropicCacheControl } & Record<string, unknown>;

/** One turn of the native body. A plain string content is kept as a string (what Bedrock's own examples send). */
export interface AnthropicMessage {
  /** `system`: a mid-conversation instruction (models whose row says so). */
  role: 'user' | 'assistant' | 'system';
  content: string | AnthropicContentBlock[];
}

/** A tool of the native body. */
export interface AnthropicTool {
  name: string;
  description?: string;
  input_schema: Record<string, unknown>;
  /** Structured outputs: the service enforces `input_schema` on the model's calls. */
  strict?: boolean;
  cache_control?: AnthropicCacheControl;
}

/** The native InvokeModel body for Claude (`bedrock-2023-05-31`). */
export interface AnthropicMessagesBody {
  anthropic_version: string;
  max_tokens: number;
  system?: string | AnthropicContentBlock[];
  messages: AnthropicMessage[];
  tools?: AnthropicTool[];
  tool_choice?: Record<string, unknown>;
  temperature?: number;
  top_p?: number;
  stop_sequences?: string[];
  [key: string]: unknown;
}
