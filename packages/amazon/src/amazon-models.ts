import type { ModelCapabilities, ModelTableEntry } from '@bedrock-kit/core';

/** One row of the Nova model table. */
export interface NovaModel extends ModelTableEntry {
  /** Foundation-model ID, e.g. `amazon.nova-lite-v1:0`. */
  id: string;
  /** Cross-region inference-profile prefixes AWS lists for the model (`us.`, `eu.`, `apac.`, `global.`). */
  profilePrefixes: readonly string[];
  /** Nova 2 answers reasoning in `reasoningContent` blocks; Nova 1 writes `<thinking>` tags into its text. */
  generation: 1 | 2;
}

/**
 * What Nova understanding models share. Sources (looked up 2026-12-06):
 * - Native body and Converse: the "Complete request schema" of the Amazon Nova user guide
 *   (https://docs.aws.amazon.com/nova/latest/userguide/complete-request-schema.html) and the Nova 2
 *   "Request and response schema" (https://docs.aws.amazon.com/nova/latest/nova2-userguide/request-response-schema.html):
 *   the same `system` / `messages` / `inferenceConfig` / `toolConfig` on InvokeModel (bytes as base64) and Converse.
 * - Tool use, also while streaming: https://docs.aws.amazon.com/nova/latest/userguide/tool-use.html and
 *   https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference-supported-models-features.html.
 * - Prompt caching for Nova Micro, Lite, Pro and Premier (cache points in system and messages, not tools):
 *   https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-caching.html.
 * - Structured output (`outputConfig.textFormat`) is not listed for Nova
 *   (https://docs.aws.amazon.com/bedrock/latest/userguide/structured-output.html), nor is CountTokens
 *   (https://docs.aws.amazon.com/bedrock/latest/userguide/count-tokens.html), nor document citations.
 */
const nova1Base: ModelCapabilities = {
  tools: true,
  toolsWhileStreaming: true,
  reasoning: false,
  promptCaching: true,
  images: true,
  documents: true,
  citations: false,
  nativeApi: true,
  systemPrompt: true,
  video: true,
  structuredOutput: false,
  countTokens: false,
  promptCacheTtls: ['5m'],
  // Model cards say 5K; AWS's Nova 1 → Nova 2 migration post tabulates 10K. The larger number
  // is the limit here so that a request AWS accepts is never refused before sending.
  maxOutputTokens: 10_000,
};

/** The Nova models Bedrock serves (text out). */
export const novaModels: readonly NovaModel[] = [
  // model-card-amazon-nova-micro.html (2026-12-06): text only (no images, documents or video), 128K context.
  // On demand in its home Regions; profiles us., eu., apac.
  {
    id: 'amazon.nova-micro-v1:0',
    generation: 1,
    profilePrefixes: ['us.', 'eu.', 'apac.'],
    capabilities: { ...nova1Base, images: false, documents: false, video: false },
  },
  // model-card-amazon-nova-lite.html (2026-12-06): text, image, video in; 300K context; profiles us., eu., apac.
  { id: 'amazon.nova-lite-v1:0', generation: 1, profilePrefixes: ['us.', 'eu.', 'apac.'], capabilities: nova1Base },
  // model-card-amazon-nova-pro.html (2026-12-06): text, image, video in; 300K context; profiles us., eu., apac.
  { id: 'amazon.nova-pro-v1:0', generation: 1, profilePrefixes: ['us.', 'eu.', 'apac.'], capabilities: nova1Base },
  // model-card-amazon-nova-premier.html (2026-12-06): 1M context, 32K output; served only through the us. profile.
  {
    id: 'amazon.nova-premier-v1:0',
    generation: 1,
    profilePrefixes: ['us.'],
    profileOnly: true,
    capabilities: { ...nova1Base, maxOutputTokens: 32_000 },
  },
  // model-card-amazon-nova-2-lite.html and nova2-userguide/core-inference.html (2026-12-06): cross-Region inference
  // only (global., us., eu., jp.); 1M context, 64K output; extended thinking off by default, switched on with
  // `reasoningConfig: { type: 'enabled', maxReasoningEffort: 'low' | 'medium' | 'high' }`
  // (nova2-userguide/extended-thinking.html); its reasoning comes back redacted as `[REDACTED]`.
  {
    id: 'amazon.nova-2-lite-v1:0',
    generation: 2,
    profilePrefixes: ['global.', 'us.', 'eu.', 'jp.'],
    profileOnly: true,
    capabilities: { ...nova1Base, reasoning: true, reasoningEfforts: ['low', 'medium', 'high'], maxOutputTokens: 65_536 },
  },
];

/**
 * The row of a foundation-model ID. A newer version of a listed model (`amazon.nova-lite-v2:0`, a Nova 2
 * Pro) gets its generation's capabilities, without a token limit or profile rule the table can't know.
 * Canvas, Reel, Sonic and the embedding models are not text-out understanding models: not claimed.
 */
export function findNovaModel(baseModelId: string | undefined): NovaModel | undefined {
  if (baseModelId === undefined) return undefined;
  const row = novaModels.find((model) => model.id === baseModelId);
  if (row) return row;
  // The newest listed row of the same name (micro, lite, pro, premier; Nova 2 Pro as Nova 2 Lite) is the template.
  const name = /^amazon\.nova-(2-lite|2-pro|micro|lite|pro|premier)-/.exec(baseModelId)?.[1];
  if (name === undefined) return undefined;
  const template = novaModels.find((model) => model.id.startsWith(`amazon.nova-${name === '2-pro' ? '2-lite' : name}-`))!;
  const { maxOutputTokens: _limit, ...capabilities } = template.capabilities;
  const generation = template.generation;
  return { id: baseModelId, generation, profilePrefixes: [], capabilities };
}
