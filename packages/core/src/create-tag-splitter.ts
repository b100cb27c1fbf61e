/** A run of answer text or reasoning text taken out of model text. */
export interface TagSegment {
  type: 'text' | 'reasoning';
  text: string;
}

/** Splits text at `<tag>` / `</tag>`, piece by piece. */
export interface TagSplitter {
  /** Feeds the next piece of text; returns the segments that are certain so far. */
  push(text: string): TagSegment[];
  /** Releases whatever was held back (a partial tag that never completed). */
  flush(): TagSegment[];
}

/**
 * The state machine that finds reasoning a model writes inline inside `<tag>…</tag>` (gpt-oss
 * `<reasoning>`, Nova 1 `<thinking>`). A stream splits those tags across chunks (`'<reas'` +
 * `'oning>…'`), so only a trailing possible tag prefix is held back and text flows without delay.
 * Whitespace right after the closing tag separates the reasoning from the answer and is dropped.
 * `tag` holds no `<`.
 */
export function createTagSplitter(tag: string): TagSplitter {
  const openTag = `<${tag}>`;
  const closeTag = `</${tag}>`;
  let mode: TagSegment['type'] = 'text';
  let pending = '';
  let afterClose = false;

  const emit = (out: TagSegment[], text: string): void => {
    // afterClose is only ever true in text mode: it is set when the closing tag switches back to text.
    const value = afterClose ? text.trimStart() : text;
    if (value === '') return;
    afterClose = false;
    const last = out[out.length - 1];
    if (last?.type === mode) last.text += value;
    else out.push({ type: mode, text: value });
  };

  return {
    push(text) {
      const out: TagSegment[] = [];
      pending += text;
      let next = openTag;
      for (;;) {
        next = mode === 'text' ? openTag : closeTag;
        const at = pending.indexOf(next);
        if (at === -1) break;
        emit(out, pending.slice(0, at));
        pending = pending.slice(at + next.length);
        afterClose = mode === 'reasoning';
        mode = mode === 'text' ? 'reasoning' : 'text';
      }
      // Both tags hold exactly one '<', so only the text from the last '<' can begin a tag.
      const lastOpen = pending.lastIndexOf('<');
      const keep = lastOpen !== -1 && next.startsWith(pending.slice(lastOpen)) ? lastOpen : pending.length;
      emit(out, pending.slice(0, keep));
      pending = pending.slice(keep);
      return out;
    },
    flush() {
      const out: TagSegment[] = [];
      emit(out, pending);
      pending = '';
      return out;
    },
  };
}
