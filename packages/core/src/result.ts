import type { Citation } from './citation';
import type { Message, Part, ToolResultContentPart } from './message';
import type { ProviderMetadata } from './provider-metadata';
import type { FinishReason, Usage } from './usage';

/** A tool call in a result. */
export interface ToolCall {
  id: string;
  name: string;
  input: unknown;
}

/** A tool result produced by the tool loop. */
export interface ToolResult {
  id: string;
  name: string;
  input: unknown;
  output: unknown;
  /** The output as parts, from the tool's `toModelOutput`: what the model was sent. */
  content?: ToolResultContentPart[];
  isError?: boolean;
}

/** One model call of a `generateText` / `streamText` run. */
export interface StepResult {
  text: string;
  content: Part[];
  toolCalls: ToolCall[];
  toolResults: ToolResult[];
  finishReason: FinishReason;
  usage: Usage;
  api: 'invoke' | 'converse';
  requestId?: string;
}

/** The outcome of `generateText` (and the `result` of `streamText`). */
export interface GenerateTextResult {
  /** The text of the last step. */
  text: string;
  /** All parts of the last step. */
  content: Part[];
  toolCalls: ToolCall[];
  toolResults: ToolResult[];
  reasoning?: { text: string; signature?: string }[];
  citations?: Citation[];
  finishReason: FinishReason;
  /** Summed over all steps. */
  usage: Usage;
  api: 'invoke' | 'converse';
  requestId?: string;
  steps: StepResult[];
  warnings: string[];
  /** Bedrock platform facts of the last step (trace, tier, latency …), when the wire gave any. */
  providerMetadata?: ProviderMetadata;
  /** Only the messages this call added, ready to append to the caller's `messages`. */
  response: { messages: Message[] };
}
