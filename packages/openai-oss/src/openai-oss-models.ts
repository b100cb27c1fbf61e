import type { ModelCapabilities } from '@bedrock-kit/core';

/** One row of the gpt-oss model table. */
export interface OpenaiOssModel {
  /** Foundation-model ID, e.g. `openai.gpt-oss-120b-1:0`. */
  id: string;
  capabilities: ModelCapabilities;
}

/**
 * What every gpt-oss model on Bedrock can do. Sources (looked up 2026-11-25):
 * - Text in, text out only (no images, no documents); `max_completion_tokens`,
 *   `stop`, `temperature`, `top_p`; InvokeModel returns the reasoning inside
 *   `<reasoning>` tags before the answer:
 *   https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-openai.html
 * - Tools through Converse work; tools while streaming were refused at launch
 *   (https://github.com/run-llama/llama_index/issues/19655, 2025-08-13) and,
 *   after AWS enabled them (https://github.com/langchain-ai/langchain-aws/pull/588,
 *   2025-08-21), streamed tool input still arrives garbled
 *   (https://repost.aws/questions/QUdavvWt4aS-Km2zK71OFUSA, read 2026-11-25), so the
 *   facade's non-streaming fallback is the safe choice.
 * - Reasoning: recorded Converse answers carry `reasoningContent` blocks
 *   (pydantic-ai `test_bedrock_thinking_high_openai_variant`, 2026-05-13;
 *   `test_bedrock_model_stream_empty_text_delta`).
 * - No prompt caching and no citations are documented for these models.
 * - `reasoning_effort` `low` / `medium` / `high` (model-parameters-openai.html; the model card:
 *   "configurable reasoning effort (low, medium, high)"); the models reason on every call.
 * - Structured output through Converse `outputConfig.textFormat` verified against OpenAI models on
 *   Bedrock (aws-samples sample-ai-possibilities, snippets/structured-output-bedrock, read 2026-12-06;
 *   the structured-output guide lists "select open-weight models").
 */
export const openaiOssDefaultCapabilities: ModelCapabilities = {
  tools: true,
  toolsWhileStreaming: false,
  reasoning: true,
  reasoningEfforts: ['low', 'medium', 'high'],
  alwaysReasons: true,
  structuredOutput: true,
  promptCaching: false,
  images: false,
  documents: false,
  citations: false,
  nativeApi: true,
  systemPrompt: true,
};

/** The gpt-oss models Bedrock serves (bare IDs are served on demand; no inference profile is required). */
export const openaiOssModels: readonly OpenaiOssModel[] = [
  // model-parameters-openai.html (2026-11-25): released 2025-08-05, 128k context, text only.
  // Recorded: none for 20b; capabilities as the family (same page lists both models together).
  { id: 'openai.gpt-oss-20b-1:0', capabilities: openaiOssDefaultCapabilities },
  // model-parameters-openai.html (2026-11-25); recorded Converse / ConverseStream exchanges
  // (pydantic-ai, 2026-05-13) show reasoning blocks and `reasoning_effort` accepted.
  { id: 'openai.gpt-oss-120b-1:0', capabilities: openaiOssDefaultCapabilities },
];

/** The vendor prefix of every gpt-oss foundation-model ID. */
export const openaiOssModelPrefix = 'openai.gpt-oss-';
