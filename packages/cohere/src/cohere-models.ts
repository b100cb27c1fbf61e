import type { ModelCapabilities } from '@bedrock-kit/core';

/** Which native InvokeModel body a Cohere model takes. */
export type CohereNativeBody = 'chat' | 'text';

/** One row of the Cohere model table. */
export interface CohereModelRow {
  /** Foundation-model ID, or a prefix ending in `*` for a pattern row. */
  id: string;
  /** Display name, used in docs and error messages. */
  name: string;
  /** `chat`: Command R body (`message`, `chat_history` …); `text`: legacy Command body (`prompt`). */
  nativeBody: CohereNativeBody;
  capabilities: ModelCapabilities;
}

// Converse features of Command R / R+: "Supported models and model features",
// https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference-supported-models-features.html
// (read 2026-07 through the docs index; the excerpt available to us did not reach the
// Cohere Command R row, so tools-while-streaming = true rests on the bedrock-kit task
// statement, issue 4: "Converse with tools, including tools while streaming").
// Native fields (message, chat_history, documents, tools, tool_results, citations):
// "Cohere Command R and Command R+ models",
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-cohere-command-r-plus.html (read 2026-07).
const commandR: ModelCapabilities = {
  tools: true,
  toolsWhileStreaming: true,
  reasoning: false,
  promptCaching: false,
  images: false,
  documents: true,
  citations: true,
  nativeApi: true,
  systemPrompt: true,
};

// Legacy Command (text) rows: the same Converse feature page lists "Cohere Command" and
// "Cohere Command Light" as Converse "Limited. No chat support", no system prompts,
// no vision, no tool use (read 2026-07). The native body is `prompt` → `generations`
// (recorded: openllmetry test_cohere_completion, 2024-10-23).
const commandLegacy: ModelCapabilities = {
  ...commandR,
  tools: false,
  toolsWhileStreaming: false,
  documents: false,
  citations: false,
  systemPrompt: false,
};

/**
 * The Cohere chat models bedrock-kit knows, most specific first. Embedding and
 * rerank models (`cohere.embed-*`, `cohere.rerank-*`) are not chat models and
 * are not listed: `resolveModel` returns `undefined` for them.
 */
export const cohereModels: readonly CohereModelRow[] = [
  { id: 'cohere.command-r-plus-v1:0', name: 'Command R+', nativeBody: 'chat', capabilities: commandR },
  { id: 'cohere.command-r-v1:0', name: 'Command R', nativeBody: 'chat', capabilities: commandR },
  // Legacy, kept deliberately so the recorded exchange keeps working and the choice is explicit.
  { id: 'cohere.command-text-v14', name: 'Command (legacy)', nativeBody: 'text', capabilities: commandLegacy },
  { id: 'cohere.command-light-text-v14', name: 'Command Light (legacy)', nativeBody: 'text', capabilities: commandLegacy },
  // Newer Command chat models Bedrock may add (e.g. a future `cohere.command-r-…-v2:0`): the
  // Command R defaults, since every Cohere chat model since Command R takes the chat body.
  { id: 'cohere.command-*', name: 'Command (unlisted)', nativeBody: 'chat', capabilities: commandR },
];
