/** Binary data as raw bytes or a base64 string. */
export type DataContent = Uint8Array | string;

/**
 * An object in Amazon S3 (Converse `s3Location`): `s3Uri` starts with `s3://`; `bucketOwner` is the
 * bucket's account ID when it belongs to another account.
 */
export interface S3Data {
  s3Uri: string;
  bucketOwner?: string;
}

/** Media data: raw bytes, base64, or an S3 object (S3 only where the route carries it: Converse; Nova native video). */
export type MediaData = DataContent | S3Data;

/** What a guardrail assesses a guarded text as (Converse `GuardrailConverseContentQualifier`). */
export type GuardQualifier = 'grounding_source' | 'query' | 'guard_content';

/** Plain text. */
export interface TextPart {
  type: 'text';
  text: string;
  /**
   * Send the text as `guardContent`, the part a guardrail assesses (Converse only): `true`, or the
   * qualifiers of the contextual grounding check.
   */
  guard?: true | { qualifiers: GuardQualifier[] };
}

/** An image attachment (`image/png`, `image/jpeg`, `image/gif`, `image/webp`). */
export interface ImagePart {
  type: 'image';
  /** Raw bytes, base64, or `{ s3Uri, bucketOwner? }` (Converse only). */
  data: MediaData;
  mediaType: string;
}

/** A document attachment (PDF, CSV, DOCX, HTML, TXT, MD …). */
export interface DocumentPart {
  type: 'document';
  /** Raw bytes, base64 (plain text documents may also be given as UTF-8 bytes), or `{ s3Uri, bucketOwner? }` (Converse only). */
  data: MediaData;
  mediaType: string;
  /** Shown to the model; Converse requires one, so a default is derived when absent. */
  name?: string;
  /** Ask for citations of this document (Claude and Nova where the model's row has citations). */
  citations?: boolean;
}

/** A video attachment (`video/mp4`, `video/quicktime`, `video/x-matroska`, `video/webm`, `video/x-flv`, `video/mpeg`, `video/x-ms-wmv`, `video/3gpp`). */
export interface VideoPart {
  type: 'video';
  /** Raw bytes, base64, or `{ s3Uri, bucketOwner? }`. */
  data: MediaData;
  mediaType: string;
}

/**
 * A prompt-cache point placed by hand: the content before it is cached (Converse `cachePoint`,
 * native Claude `cache_control` on the preceding block). `ttl: '1h'` only where the model's row has it.
 */
export interface CachePointPart {
  type: 'cache-point';
  ttl?: '5m' | '1h';
}

/** A tool call the model made. */
export interface ToolCallPart {
  type: 'tool-call';
  id: string;
  name: string;
  input: unknown;
}

/** What a tool result may hold as content parts. */
export type ToolResultContentPart = TextPart | ImagePart | DocumentPart | VideoPart;

/** The result of running a tool, sent back to the model. */
export interface ToolResultPart {
  type: 'tool-result';
  id: string;
  name: string;
  /** The tool's output (JSON-serialisable). May be left out when `content` carries the result. */
  output?: unknown;
  /** The result as parts (text, image, document, video), beside or instead of `output`. */
  content?: ToolResultContentPart[];
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

export type Part = TextPart | ImagePart | DocumentPart | VideoPart | CachePointPart | ToolCallPart | ToolResultPart | ReasoningPart;

/** One conversation turn. */
export interface Message {
  role: 'user' | 'assistant';
  content: string | Part[];
}

/** What a system prompt may hold as parts: text, and cache points placed by hand. */
export type SystemPart = TextPart | CachePointPart;

/** A system prompt: a string, or text and cache-point parts. */
export type SystemContent = string | SystemPart[];

/**
 * An instruction in the middle of a conversation (Converse message role `system`, service model
 * 2026-07-31). Only the Converse route carries it.
 */
export interface SystemMessage {
  role: 'system';
  content: SystemContent;
}

/** A message of a request's `messages`: a turn, or a mid-conversation system instruction. */
export type RequestMessage = Message | SystemMessage;
