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
    let value = text;
    if (afterClose && mode === 'text') {
      value = value.replace(/^\s+/, '');
      if (value === '') return;
      afterClose = false;
    }
    if (value === '') return;
    const last = out[out.length - 1];
    if (last?.type === mode) last.text += value;
    else out.push({ type: mode, text: value });
  };

  return {
    push(text) {
      const out: ReasoningTagSegment[] = [];
      pending += text;
      for (;;) {
        const tag = mode === 'text' ? openTag : closeTag;
        const at = pending.indexOf(tag);
        if (at === -1) break;
        emit(out, pending.slice(0, at));
        pending = pending.slice(at + tag.length);
        afterClose = mode === 'reasoning';
        mode = mode === 'text' ? 'reasoning' : 'text';
      }
      const held = partialTagLength(pending, mode === 'text' ? openTag : closeTag);
      emit(out, pending.slice(0, pending.length - held));
      pending = pending.slice(pending.length - held);
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

/** Length of the longest suffix of `text` that is a proper prefix of `tag`. */
function partialTagLength(text: string, tag: string): number {
  for (let length = Math.min(text.length, tag.length - 1); length > 0; length--) {
    if (tag.startsWith(text.slice(text.length - length))) return length;
  }
  return 0;
}
