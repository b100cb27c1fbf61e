import type { ModelCapabilities } from '@bedrock-kit/core';

/** One row of the DeepSeek model table. */
export interface DeepseekModel {
  /** Foundation-model ID, e.g. `deepseek.r1-v1:0`. */
  id: string;
  name: string;
  /** Bedrock serves the bare ID only through cross-region inference profiles (`us.deepseek.r1-v1:0`). */
  inferenceProfileOnly: boolean;
  capabilities: ModelCapabilities;
}

/**
 * DeepSeek-R1. Sources (looked up 2026-12-06):
 * - https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-deepseek.html — InvokeModel body
 *   `{ prompt, temperature, top_p, max_tokens (1–32,768), stop (≤ 10) }` → `{ choices: [{ text, stop_reason }] }`;
 *   "invoked through cross-Region inference, you will need to use the Inference profile ID … us.deepseek.r1-v1:0".
 * - Converse answers carry `reasoningContent` blocks without a signature (recorded: pydantic-ai
 *   `test_bedrock_model_thinking_part_deepseek`, copied into `src/__fixtures__/`).
 * - No tool use on Bedrock (supported-features table of the Converse API; a request with tools is refused here).
 */
const r1: ModelCapabilities = {
  tools: false,
  toolsWhileStreaming: false,
  reasoning: true,
  alwaysReasons: true,
  promptCaching: false,
  images: false,
  documents: true,
  citations: false,
  nativeApi: true,
  systemPrompt: true,
  maxOutputTokens: 32_768,
};

/**
 * DeepSeek-V3.1 / V3.2: text in, text out, tool use through Converse (model cards
 * https://docs.aws.amazon.com/bedrock/latest/userguide/model-cards-deepseek.html, 2026-12-06: Converse and Invoke;
 * V3.2 max output 8K tokens). AWS documents no InvokeModel body for them on the DeepSeek parameters page, so they go
 * through Converse only (`nativeApi: false`). Their thinking mode has no documented Bedrock switch, so `reasoning` is
 * refused rather than silently ignored.
 */
const v3: ModelCapabilities = {
  tools: true,
  toolsWhileStreaming: true,
  reasoning: false,
  promptCaching: false,
  images: false,
  documents: true,
  citations: false,
  nativeApi: false,
  systemPrompt: true,
};

/** The DeepSeek models Bedrock serves. */
export const deepseekModels: readonly DeepseekModel[] = [
  // model-parameters-deepseek.html (2026-12-06): profile ID required; recorded Converse exchange uses us.deepseek.r1-v1:0.
  { id: 'deepseek.r1-v1:0', name: 'DeepSeek-R1', inferenceProfileOnly: true, capabilities: r1 },
  // model-card-deepseek-deepseek-v3-1 (2026-12-06): served on demand with the bare ID (launched 2025-09-18).
  { id: 'deepseek.v3-v1:0', name: 'DeepSeek-V3.1', inferenceProfileOnly: false, capabilities: v3 },
  // model-card-deepseek-deepseek-v3-2 (launched 2025-12-01, 164K context, 8K output); bare ID on demand.
  { id: 'deepseek.v3.2', name: 'DeepSeek V3.2', inferenceProfileOnly: false, capabilities: { ...v3, maxOutputTokens: 8192 } },
];

/** The vendor prefix of every DeepSeek foundation-model ID. */
export const deepseekModelPrefix = 'deepseek.';

/** Whether a foundation-model ID is an R1 model (the native prompt body and `</think>` split apply). */
export function isDeepseekR1(baseModelId: string | undefined): boolean {
  return baseModelId?.startsWith('deepseek.r1') ?? false;
}
