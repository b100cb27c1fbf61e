import type { ModelCapabilities } from '@bedrock-kit/core';

/**
 * The native InvokeModel body a Mistral model takes: `text` is the text-completion body
 * (`prompt` → `outputs`, https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-mistral-text-completion.html),
 * `chat` the chat-completion body (`messages` → `choices`,
 * https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-mistral-chat-completion.html).
 */
export type MistralNativeBody = 'text' | 'chat';

/** One row of the Mistral model table. */
export interface MistralModel {
  /** Foundation-model ID, e.g. `mistral.mistral-large-2407-v1:0`. */
  id: string;
  name: string;
  body: MistralNativeBody;
  /** Bedrock serves the bare ID only through cross-region inference profiles. */
  inferenceProfileOnly: boolean;
  capabilities: ModelCapabilities;
}

const base: ModelCapabilities = {
  tools: false,
  toolsWhileStreaming: false,
  reasoning: false,
  promptCaching: false,
  images: false,
  documents: true,
  citations: false,
  nativeApi: true,
  systemPrompt: true,
};

// Mistral 7B / Mixtral: Converse has no system prompt and no tool use for them (supported-features table of
// https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference-supported-models-features.html, 2026-12-06).
const instruct: ModelCapabilities = { ...base, systemPrompt: false };
// Mistral Large / Small 2402: tool use through Converse (same table); the text body has no tools field.
const textWithTools: ModelCapabilities = { ...base, tools: true };
// Chat-body models: tools natively and on Converse. Tools while streaming are left to the facade's one-call
// fallback: the supported-features table lists no streaming tool use for Mistral models.
const chat: ModelCapabilities = { ...base, tools: true };
const vision: ModelCapabilities = { ...chat, images: true };

/**
 * The Mistral models Bedrock lists (model-cards-mistral-ai.html and model-parameters-mistral*.html, 2026-12-06;
 * newer models from the December 2025 launch: Mistral Large 3, Magistral Small 2509, Ministral 3, Devstral 2, Voxtral).
 */
export const mistralModels: readonly MistralModel[] = [
  // model-parameters-mistral-text-completion.html: max_tokens default 512, maximum 8,192. On demand.
  { id: 'mistral.mistral-7b-instruct-v0:2', name: 'Mistral 7B Instruct', body: 'text', inferenceProfileOnly: false, capabilities: { ...instruct, maxOutputTokens: 8192 } },
  // Same page: maximum 4,096. On demand.
  { id: 'mistral.mixtral-8x7b-instruct-v0:1', name: 'Mixtral 8x7B Instruct', body: 'text', inferenceProfileOnly: false, capabilities: { ...instruct, maxOutputTokens: 4096 } },
  // Same page: maximum 8,192. On demand in us-east-1.
  { id: 'mistral.mistral-small-2402-v1:0', name: 'Mistral Small (24.02)', body: 'text', inferenceProfileOnly: false, capabilities: { ...textWithTools, maxOutputTokens: 8192 } },
  // Same page: maximum 8,192; AWS's own Converse examples call the bare ID (bedrock-runtime_example_..._Converse_Mistral).
  { id: 'mistral.mistral-large-2402-v1:0', name: 'Mistral Large (24.02)', body: 'text', inferenceProfileOnly: false, capabilities: { ...textWithTools, maxOutputTokens: 8192 } },
  // model-parameters-mistral-chat-completion.html: the chat body with tools. On demand in us-west-2.
  { id: 'mistral.mistral-large-2407-v1:0', name: 'Mistral Large 2 (24.07)', body: 'chat', inferenceProfileOnly: false, capabilities: chat },
  // model-parameters-mistral-pixtral-large.html: chat body with image_url parts; cross-region profiles only
  // (called as us.mistral.pixtral-large-2502-v1:0 in AWS's examples).
  { id: 'mistral.pixtral-large-2502-v1:0', name: 'Pixtral Large (25.02)', body: 'chat', inferenceProfileOnly: true, capabilities: vision },
  // model-card-mistral-ai-mistral-large-3 (launched 2025-12-02): text and image in, tools. Bare ID on demand.
  { id: 'mistral.mistral-large-3-675b-instruct', name: 'Mistral Large 3', body: 'chat', inferenceProfileOnly: false, capabilities: vision },
  // model-card-mistral-ai-magistral-small-2509: Mistral's reasoning model (it reasons on every call); text and image in.
  {
    id: 'mistral.magistral-small-2509',
    name: 'Magistral Small 2509',
    body: 'chat',
    inferenceProfileOnly: false,
    capabilities: { ...vision, reasoning: true, alwaysReasons: true },
  },
  // model-card-mistral-ai-ministral-3b / -3-8b / -14b-3-0: compact models, text and image in, tools.
  { id: 'mistral.ministral-3-3b-instruct', name: 'Ministral 3B', body: 'chat', inferenceProfileOnly: false, capabilities: vision },
  { id: 'mistral.ministral-3-8b-instruct', name: 'Ministral 3 8B', body: 'chat', inferenceProfileOnly: false, capabilities: vision },
  { id: 'mistral.ministral-3-14b-instruct', name: 'Ministral 14B 3.0', body: 'chat', inferenceProfileOnly: false, capabilities: vision },
  // Devstral 2 (coding, tools): answers on demand without a profile (API.md "Mistral native body", 2026-12-06).
  { id: 'mistral.devstral-2-123b', name: 'Devstral 2 123B', body: 'chat', inferenceProfileOnly: false, capabilities: chat },
  // model-card-mistral-ai-voxtral-small-24b-2507 / voxtral-mini: speech models; bedrock-kit sends them text only.
  { id: 'mistral.voxtral-small-24b-2507', name: 'Voxtral Small 24B 2507', body: 'chat', inferenceProfileOnly: false, capabilities: chat },
  { id: 'mistral.voxtral-mini-3b-2507', name: 'Voxtral Mini 3B 2507', body: 'chat', inferenceProfileOnly: false, capabilities: chat },
];

/** Capabilities of a `mistral.*` model the table doesn't list yet: the chat body, tools, text only. */
export const mistralDefaultModel: Omit<MistralModel, 'id'> = { name: 'Mistral', body: 'chat', inferenceProfileOnly: false, capabilities: chat };

/** The vendor prefix of every Mistral foundation-model ID. */
export const mistralModelPrefix = 'mistral.';
