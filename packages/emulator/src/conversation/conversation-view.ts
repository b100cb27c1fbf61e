/** What the default answer needs to know about a request, whatever its route or family. */
export interface ConversationView {
  /** Text of the last user message ('' when it has none). */
  lastUserText: string;
  /** The tool results the last user message carries, if any. */
  toolResults?: unknown[];
  /** Tools offered, with their JSON Schemas. */
  tools: { name: string; schema: unknown }[];
  /** The tool the request forces (`tool` choice, or the first tool for `any`). */
  forcedTool?: string;
  /** The request forbids tool calls. */
  toolChoiceNone?: boolean;
  /** All input text, for token counts. */
  inputText: string;
  /** Serialized input up to the last cache point, when the request has one. */
  cachePrefix?: string;
  /** The request asked for reasoning (extended thinking, reasoning effort). */
  reasoning: boolean;
  /** Documents of the request, for citations. */
  documents: { name?: string; text: string }[];
  /** Citations were requested (or are the model's default, as with Command R). */
  citations: boolean;
  maxTokens?: number;
  stopSequences?: string[];
  /** The texts a guardrail assesses: the `guardContent` blocks when the request has any, else every input text. */
  guardTexts?: string[];
  /** A JSON Schema the answer text must fit (Converse `outputConfig.textFormat`). */
  jsonSchema?: unknown;
}

/** Rough, deterministic token count: a quarter of the characters. */
export function countTokens(text: string): number {
  return text.length === 0 ? 0 : Math.ceil(text.length / 4);
}
