import { createThinkingTagSplitter, type ThinkingSegment } from './create-thinking-tag-splitter';

/** A whole text split at `<thinking>` tags. */
export function splitThinkingTags(text: string): ThinkingSegment[] {
  const splitter = createThinkingTagSplitter();
  const segments = [...splitter.push(text), ...splitter.flush()];
  // push and flush may each end / start with the same type: join them.
  return segments.reduce<ThinkingSegment[]>((out, segment) => {
    const last = out.at(-1);
    if (last?.type === segment.type) last.text += segment.text;
    else out.push({ ...segment });
    return out;
  }, []);
}
