/** A run of answer text or reasoning text taken out of Nova 1 text. */
export interface ThinkingSegment {
  type: 'text' | 'reasoning';
  text: string;
}

/** Splits text at `<thinking>` / `</thinking>` tags, piece by piece. */
export interface ThinkingTagSplitter {
  /** Feeds the next piece of text; returns the segments that are certain so far. */
  push(text: string): ThinkingSegment[];
  /** Releases whatever was held back (a partial tag that never completed). */
  flush(): ThinkingSegment[];
}

const openTag = '<thinking>';
const closeTag = '</thinking>';

/**
 * The state machine that finds Nova 1's chain of thought in its text. Nova 1 models write their
 * reasoning inside `<thinking>` tags before an answer or a tool call (Amazon Nova user guide, tool
 * use "chain of thought"), and a stream opens a block per delta, so a tag may be split across
 * deltas (`'<thin'` + `'king>…'`). Only a trailing possible tag prefix is held back, so text flows
 * without delay. Whitespace right after `</thinking>` separates it from the answer and is dropped.
 */
export function createThinkingTagSplitter(): ThinkingTagSplitter {
  let mode: ThinkingSegment['type'] = 'text';
  let pending = '';
  let afterClose = false;

  const emit = (out: ThinkingSegment[], text: string): void => {
    const value = afterClose ? text.trimStart() : text;
    if (value === '') return;
    afterClose = false;
    const last = out.at(-1);
    if (last?.type === mode) last.text += value;
    else out.push({ type: mode, text: value });
  };

  return {
    push(text) {
      const out: ThinkingSegment[] = [];
      pending += text;
      let tag = openTag;
      for (;;) {
        tag = mode === 'text' ? openTag : closeTag;
        const at = pending.indexOf(tag);
        if (at === -1) break;
        emit(out, pending.slice(0, at));
        pending = pending.slice(at + tag.length);
        afterClose = mode === 'reasoning';
        mode = mode === 'text' ? 'reasoning' : 'text';
      }
      // Both tags hold exactly one '<', so only the text from the last '<' can begin a tag.
      const lastOpen = pending.lastIndexOf('<');
      const keep = lastOpen !== -1 && tag.startsWith(pending.slice(lastOpen)) ? lastOpen : pending.length;
      emit(out, pending.slice(0, keep));
      pending = pending.slice(keep);
      return out;
    },
    flush() {
      const out: ThinkingSegment[] = [];
      emit(out, pending);
      pending = '';
      return out;
    },
  };
}
