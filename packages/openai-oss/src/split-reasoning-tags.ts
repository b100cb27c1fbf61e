import { createReasoningTagSplitter, type ReasoningTagSegment } from './create-reasoning-tag-splitter';

/** Splits a whole content string (non-streaming answers) the same way a stream would. */
export function splitReasoningTags(content: string): ReasoningTagSegment[] {
  const splitter = createReasoningTagSplitter();
  const segments = splitter.push(content);
  // flush releases at most one segment: a held-back partial tag, which may continue the last run.
  for (const segment of splitter.flush()) {
    const last = segments.at(-1);
    if (last?.type === segment.type) last.text += segment.text;
    else segments.push(segment);
  }
  return segments;
}
