/**
 * The Mistral text-completion InvokeModel body
 * (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-mistral-text-completion.html).
 */
export interface MistralTextRequestBody {
  /** `<s>[INST] … [/INST]` */
  prompt: string;
  max_tokens?: number;
  /** Up to 10 items. */
  stop?: string[];
  temperature?: number;
  top_p?: number;
  top_k?: number;
  [key: string]: unknown;
}

/** A text-completion answer, and (field by field) each stream chunk. */
export interface MistralTextResponseBody {
  outputs?: { text?: string; stop_reason?: string | null }[];
  [key: string]: unknown;
}

/** One function tool call of the chat body. */
export interface MistralChatToolCall {
  id: string;
  function: { name: string; arguments: string };
}

/** A content part of a chat message (Pixtral: text and `image_url` data URLs). */
export type MistralChatContentPart = { type: 'text'; text: string } | { type: 'image_url'; image_url: { url: string } };

/** A message of the chat body. */
export type MistralChatMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string | MistralChatContentPart[] }
  | { role: 'assistant'; content: string; tool_calls?: MistralChatToolCall[] }
  | { role: 'tool'; tool_call_id: string; content: string };

/**
 * The Mistral chat-completion InvokeModel body
 * (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-mistral-chat-completion.html).
 */
export interface MistralChatRequestBody {
  messages: MistralChatMessage[];
  tools?: { type: 'function'; function: { name: string; description?: string; parameters: unknown } }[];
  tool_choice?: 'auto' | 'any' | 'none';
  max_tokens?: number;
  temperature?: number;
  top_p?: number;
  [key: string]: unknown;
}
