/** Binary data as raw bytes or a base64 string. */
export type DataContent = Uint8Array | string;

/** Plain text. */
export interface TextPart {
  type: 'text';
  text: string;
  /**
   * Converse only: the text is what the call's guardrail assesses (`guardContent`), instead of
   * the whole input. `qualifiers` mark it for contextual grounding.
   */
  guard?: true | { qualifiers: ('grounding_source' | 'query' | 'guard_content')[] };
}

/** An image attachment (`image/png`, `image/jpeg`, `image/gif`, `image/webp`). */
export interface ImagePart {
  type: 'image';
  /** Raw bytes or base64. */
  data: DataContent;
  mediaType: string;
}

/** A document attachment (PDF, CSV, DOCX, HTML, TXT, MD …). */
export interface DocumentPart {
  type: 'document';
  /** Raw bytes or base64 (plain text documents may also be given as UTF-8 bytes). */
  data: DataContent;
  mediaType: string;
  /** Shown to the model; Converse requires one, so a default is derived when absent. */
  name?: string;
}

/** A tool call the model made. */
export interface ToolCallPart {
  type: 'tool-call';
  id: string;
  name: string;
  input: unknown;
}

/** The result of running a tool, sent back to the model. */
export interface ToolResultPart {
  type: 'tool-result';
  id: string;
  name: string;
  output: unknown;
  isError?: boolean;
}

/** Model reasoning ("extended thinking"). Send it back unchanged on the next turn. */
export interface ReasoningPart {
  type: 'reasoning';
  text: string;
  /** Signature that lets the service verify the reasoning on the next turn. */
  signature?: string;
  /** Opaque base64 data of a redacted reasoning block, sent back unchanged. */
  redacted?: string;
}

export type Part = TextPart | ImagePart | DocumentPart | ToolCallPart | ToolResultPart | ReasoningPart;

/** One conversation turn. */
export interface Message {
  role: 'user' | 'assistant';
  content: string | Part[];
}
