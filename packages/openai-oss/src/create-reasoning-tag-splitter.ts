/** A run of answer text or reasoning text taken out of gpt-oss content. */
export interface ReasoningTagSegment {
  type: 'text' | 'reasoning';
  text: string;
}

/** Splits content text at `<reasoning>` / `</reasoning>` tags, chunk by chunk. */
export interface ReasoningTagSplitter {
  /** Feeds the next piece of content; returns the segments that are certain so far. */
  push(text: string): ReasoningTagSegment[];
  /** Releases whatever was held back (a partial tag that never completed). */
  flush(): ReasoningTagSegment[];
}

const openTag = '<reasoning>';
const closeTag = '</reasoning>';

/**
 * Creates the state machine that finds gpt-oss reasoning in content text.
 * InvokeModel puts the model's reasoning inside `<reasoning>` tags before the
 * answer (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-openai.html),
 * and a stream splits those tags across chunks (`'<reas'` + `'oning>…'`). Only
 * a trailing possible tag prefix is held back, so text flows without delay.
 * Whitespace right after `</reasoning>` is the separator before the answer and
 * is not part of it.
 */
export function createReasoningTagSplitter(): ReasoningTagSplitter {
  let mode: ReasoningTagSegment['type'] = 'text';
  let pending = '';
  let afterClose = false;

  const emit = (out: ReasoningTagSegment[], text: string): void => {
    // afterClose is only ever true in text mode: it is set when </reasoning> switches back to text.
    const value = afterClose ? text.trimStart() : text;
    if (value === '') return;
    afterClose = false;
    const last = out[out.length - 1];
    if (last?.type === mode) last.text += value;
    else out.push({ type: mode, text: value });
  };

  return {
    push(text) {
      const out: ReasoningTagSegment[] = [];
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
      // Both tags start with '<' and hold no other '<', so only the text from the last '<' can be a tag's beginning.
      const lastOpen = pending.lastIndexOf('<');
      const keep = lastOpen !== -1 && tag.startsWith(pending.slice(lastOpen)) ? lastOpen : pending.length;
      emit(out, pending.slice(0, keep));
      pending = pending.slice(keep);
      return out;
    },
    flush() {
      const out: ReasoningTagSegment[] = [];
      emit(out, pending);
      pending = '';
      return out;
    },
  };
}
