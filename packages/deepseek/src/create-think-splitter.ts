import type { TagSegment, TagSplitter } from '@bedrock-kit/core';

/** A run of reasoning or answer text taken out of R1's output (core's `TagSegment`). */
export type ThinkSegment = TagSegment;

/** Splits R1 output at `</think>`, chunk by chunk; `flush()` at the end gives what was held back, as text when no `</think>` came. */
export type ThinkSplitter = TagSplitter;

const closeTag = '</think>';
const openTag = /^\s*<think>/;

/**
 * Creates the state machine behind API.md's rule "DeepSeek R1 native: what precedes `</think>` is
 * reasoning, and without `</think>` everything is text". Until `</think>` arrives, nothing can be
 * called reasoning (the output might never close it), so the text is held back; once the tag is
 * seen, everything before it is one reasoning segment and the rest streams as text at once. The
 * tag may be split across chunks (`'</th'` + `'ink>'`): the held-back text is searched whole.
 * A leading `<think>` the model echoes is not part of the reasoning, and the whitespace right after
 * `</think>` separates the answer, so it is not part of the answer.
 */
export function createThinkSplitter(): ThinkSplitter {
  let held = '';
  let answering = false;
  let afterClose = false;

  const answer = (text: string): ThinkSegment[] => {
    const value = afterClose ? text.trimStart() : text;
    if (value === '') return [];
    afterClose = false;
    return [{ type: 'text', text: value }];
  };

  return {
    push(text) {
      if (answering) return answer(text);
      held += text;
      const at = held.indexOf(closeTag);
      if (at === -1) return [];
      const reasoning = held.slice(0, at).replace(openTag, '');
      const rest = held.slice(at + closeTag.length);
      held = '';
      answering = true;
      afterClose = true;
      return [...(reasoning === '' ? [] : [{ type: 'reasoning' as const, text: reasoning }]), ...answer(rest)];
    },
    flush() {
      const rest = held;
      held = '';
      return rest === '' ? [] : [{ type: 'text', text: rest }];
    },
  };
}

/** Splits a whole answer (non-streaming) exactly as a stream would be split. */
export function splitThink(output: string): ThinkSegment[] {
  const splitter = createThinkSplitter();
  return [...splitter.push(output), ...splitter.flush()];
}
