import { createTagSplitter, type TagSegment, type TagSplitter } from '@bedrock-kit/core';

/** A run of answer text or reasoning text taken out of Nova 1 text. */
export type ThinkingSegment = TagSegment;

/** Splits text at `<thinking>` / `</thinking>` tags, piece by piece. */
export type ThinkingTagSplitter = TagSplitter;

/**
 * The state machine that finds Nova 1's chain of thought in its text. Nova 1 models write their
 * reasoning inside `<thinking>` tags before an answer or a tool call (Amazon Nova user guide, tool
 * use "chain of thought"), and a stream opens a block per delta, so a tag may be split across
 * deltas; core's tag splitter holds back only a partial tag.
 */
export function createThinkingTagSplitter(): ThinkingTagSplitter {
  return createTagSplitter('thinking');
}
