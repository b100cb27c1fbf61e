import { createReasoningTagSplitter, type ReasoningTagSegment } from './create-reasoning-tag-splitter';

/** Splits a whole content string (non-streaming answers) the same way a stream would. */
export function splitReasoningTags(content: string): ReasoningTagSegment[] {
  const splitter = createReasoningTagSplitter();
  const segments = [...splitter.push(content), ...splitter.flush()];
  return segments.reduce<ReasoningTagSegment[]>((merged, segment) => {
    const last = merged[merged.length - 1];
    if (last?.type === segment.type) last.text += segment.text;
    else merged.push({ ...segment });
    return merged;
  }, []);
}
