import type { ModelCapabilities } from '@bedrock-kit/core';

/** Which Meta chat template a model's native prompt uses. */
export type LlamaPromptTemplate = 'llama3' | 'llama4';

/** One row of the Llama model table. */
export interface MetaLlamaModel {
  /** Foundation-model ID, e.g. `meta.llama3-70b-instruct-v1:0`. */
  id: string;
  /** Human name, e.g. `Llama 3.2 3B Instruct`. */
  name: string;
  /** The native prompt template (Llama 3.x header tokens or Llama 4 tokens). */
  template: LlamaPromptTemplate;
  /**
   * Bedrock serves the bare ID only through a cross-region inference profile
   * (`us.<id>`, `eu.<id>` …); a bare-ID call fails with "on-demand throughput
   * isn't supported".
   */
  inferenceProfileOnly: boolean;
  capabilities: ModelCapabilities;
}

/**
 * Llama 3 / 3.1 / 3.3 text models. Sources (looked up 2026-11-25):
 * - Native body `prompt`, `temperature`, `top_p`, `max_gen_len` only — no stop
 *   parameter: https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-meta.html
 * - Converse carries documents for Meta Llama (AWS code library "Document
 *   understanding" example for Meta Llama:
 *   https://docs.aws.amazon.com/code-library/latest/ug/bedrock-runtime_code_examples_meta_llama.html).
 * - No tool calling for Llama 3.x on Bedrock (project rule, issue 4; see README
 *   "Known differences" — AWS's Converse table has at times listed tool use for
 *   3.1, https://github.com/run-llama/llama_index/issues/19655, 2025-08-13).
 * - No reasoning, prompt caching or citations documented for any Llama model.
 */
const llama3Text: ModelCapabilities = {
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

/**
 * Llama 3.2 11B / 90B Vision: images through Converse (model-parameters-meta.html,
 * 2026-11-25: "Llama 3.2 and later models add images to the request").
 */
const llama3Vision: ModelCapabilities = { ...llama3Text, images: true };

/**
 * Llama 4 Scout / Maverick. Sources:
 * - Multimodal, text + up to 5 images, tool calling:
 *   https://www.llama.com/docs/model-cards-and-prompt-formats/llama4/ (2026-11-25).
 * - Tools through Converse accepted: pydantic-ai recording
 *   `test_bedrock_llama_tool_result_followed_by_text_accepted` (Maverick, `us.` profile).
 * - Tools while streaming refused ("This model doesn't support tool use in
 *   streaming mode"): https://github.com/earendil-works/pi/issues/3739 (2026-04-26,
 *   Scout and Maverick) and https://github.com/vercel-labs/fx/issues/900 (2026-09-16).
 */
const llama4: ModelCapabilities = { ...llama3Text, tools: true, images: true };

/**
 * The Llama models Bedrock serves. Each row says where its facts come from
 * (dates are when the source was written or, for AWS pages, read). Written out
 * rather than built from shorter rows so that importing the package computes
 * nothing (STYLE.md); `template` is what `selectLlamaTemplate(id)` returns.
 */
export const metaLlamaModels: readonly MetaLlamaModel[] = [
  // Bare ID served on demand: openllmetry recording test_meta_llama3_completion (2024-08-29, us-east-1, HTTP 200).
  { id: 'meta.llama3-8b-instruct-v1:0', name: 'Llama 3 8B Instruct', template: 'llama3', inferenceProfileOnly: false, capabilities: llama3Text },
  // Same recording (meta.llama3-70b-instruct-v1:0, bare ID, InvokeModel 200, 2024-08-29).
  { id: 'meta.llama3-70b-instruct-v1:0', name: 'Llama 3 70B Instruct', template: 'llama3', inferenceProfileOnly: false, capabilities: llama3Text },
  // Profile required: https://github.com/microsoft/semantic-kernel/issues/10047 (2025-01-17, "I have to use us.meta.llama3-1-8b-instruct-v1:0").
  { id: 'meta.llama3-1-8b-instruct-v1:0', name: 'Llama 3.1 8B Instruct', template: 'llama3', inferenceProfileOnly: true, capabilities: llama3Text },
  // Profile required: https://github.com/aws-samples/bedrock-access-gateway/issues/71 (2024-11-19, on-demand throughput isn't supported).
  { id: 'meta.llama3-1-70b-instruct-v1:0', name: 'Llama 3.1 70B Instruct', template: 'llama3', inferenceProfileOnly: true, capabilities: llama3Text },
  // Launched on demand in us-west-2 (model-parameters-meta.html, 2026-11-25); no report of a bare-ID refusal and no
  // evidence a `us.` profile exists, so the bare ID is not refused here.
  { id: 'meta.llama3-1-405b-instruct-v1:0', name: 'Llama 3.1 405B Instruct', template: 'llama3', inferenceProfileOnly: false, capabilities: llama3Text },
  // Bare ID answered on demand: openllmetry recordings test_meta_converse / test_meta_converse_stream (2025-02-28, us-east-1, HTTP 200).
  { id: 'meta.llama3-2-1b-instruct-v1:0', name: 'Llama 3.2 1B Instruct', template: 'llama3', inferenceProfileOnly: false, capabilities: llama3Text },
  // Profile required: https://github.com/langchain-ai/langchain-aws/issues/258 (2024-10-27; maintainer: use us.meta.llama3-2-3b-instruct-v1:0).
  { id: 'meta.llama3-2-3b-instruct-v1:0', name: 'Llama 3.2 3B Instruct', template: 'llama3', inferenceProfileOnly: true, capabilities: llama3Text },
  // Profile required: launched with 3.2 90B (below); AWS samples call it as us.meta.llama3-2-11b-instruct-v1:0. Vision.
  { id: 'meta.llama3-2-11b-instruct-v1:0', name: 'Llama 3.2 11B Vision Instruct', template: 'llama3', inferenceProfileOnly: true, capabilities: llama3Vision },
  // Profile required: https://github.com/konveyor/kai/issues/411 (2024-10-04, "doesn't support on-demand throughput"). Vision.
  { id: 'meta.llama3-2-90b-instruct-v1:0', name: 'Llama 3.2 90B Vision Instruct', template: 'llama3', inferenceProfileOnly: true, capabilities: llama3Vision },
  // Geofenced like 3.2 (model-parameters-meta.html, 2026-11-25); served through `us.` profiles outside its home region.
  { id: 'meta.llama3-3-70b-instruct-v1:0', name: 'Llama 3.3 70B Instruct', template: 'llama3', inferenceProfileOnly: true, capabilities: llama3Text },
  // Profile required: same pattern as Maverick (below); pi issue 3739 (2026-04-26) calls it as us.meta.llama4-scout-17b-instruct-v1:0.
  { id: 'meta.llama4-scout-17b-instruct-v1:0', name: 'Llama 4 Scout 17B Instruct', template: 'llama4', inferenceProfileOnly: true, capabilities: llama4 },
  // Profile required: https://github.com/anomalyco/opencode/issues/2589 (2025-09-14, bare ID refused). Tools on Converse: pydantic-ai recording.
  { id: 'meta.llama4-maverick-17b-instruct-v1:0', name: 'Llama 4 Maverick 17B Instruct', template: 'llama4', inferenceProfileOnly: true, capabilities: llama4 },
];

/**
 * Capabilities of a `meta.llama*` model the table doesn't list yet. Unknown
 * Llama 3.x variants get the Llama 3 row; anything newer is assumed to be like
 * Llama 4 (tools through Converse, not while streaming — the facade then falls
 * back to one non-streaming call, which is safe either way).
 */
export const metaLlamaDefaultCapabilities = { llama3: llama3Text, llama4 } as const satisfies Record<LlamaPromptTemplate, ModelCapabilities>;

/** The vendor prefix of every Meta foundation-model ID. */
export const metaLlamaModelPrefix = 'meta.llama';
