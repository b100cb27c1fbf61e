/** A tool call in an assistant message of the chat-completions body. */
export interface OpenaiOssChatToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

/** One message of the chat-completions body gpt-oss takes on InvokeModel. */
export type OpenaiOssChatMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string }
  | { role: 'assistant'; content?: string; tool_calls?: OpenaiOssChatToolCall[] }
  /** Bedrock rejects a `name` field on tool messages, so there is none. */
  | { role: 'tool'; tool_call_id: string; content: string };

/** A function tool of the chat-completions body. */
export interface OpenaiOssChatTool {
  type: 'function';
  function: { name: string; description?: string; parameters: Record<string, unknown> };
}

/** `tool_choice` of the chat-completions body. */
export type OpenaiOssChatToolChoice = 'auto' | 'none' | 'required' | { type: 'function'; function: { name: string } };

/**
 * The InvokeModel body for gpt-oss (OpenAI "Create chat completion").
 * `model` and `stream` are left out: Bedrock fills them from the URL and the
 * operation (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-openai.html).
 */
export interface OpenaiOssChatRequestBody {
  messages: OpenaiOssChatMessage[];
  max_completion_tokens?: number;
  temperature?: number;
  top_p?: number;
  stop?: string[];
  tools?: OpenaiOssChatTool[];
  tool_choice?: OpenaiOssChatToolChoice;
  [field: string]: unknown;
}
