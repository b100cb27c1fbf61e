import { createTagSplitter, type TagSegment, type TagSplitter } from '@bedrock-kit/core';

/** A run of answer text or reasoning text taken out of gpt-oss content. */
export type ReasoningTagSegment = TagSegment;

/** Splits content text at `<reasoning>` / `</reasoning>` tags, chunk by chunk. */
export type ReasoningTagSplitter = TagSplitter;

/**
 * Creates the state machine that finds gpt-oss reasoning in content text.
 * InvokeModel puts the model's reasoning inside `<reasoning>` tags before the
 * answer (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-openai.html);
 * core's tag splitter holds back only a partial tag across chunks.
 */
export function createReasoningTagSplitter(): ReasoningTagSplitter {
  return createTagSplitter('reasoning');
}
