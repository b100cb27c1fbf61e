import { describe, expect, it } from 'vitest';
import { createThinkSplitter, splitThink } from './create-think-splitter';

const output = 'The user greets me.\nA short answer fits.\n</think>\n\nHello there!';
const expected = [
  { type: 'reasoning', text: 'The user greets me.\nA short answer fits.\n' },
  { type: 'text', text: 'Hello there!' },
];

/** Feeds `pieces` to a fresh splitter and merges adjacent segments of one type. */
function feed(pieces: string[]) {
  const splitter = createThinkSplitter();
  const segments = [...pieces.flatMap((piece) => splitter.push(piece)), ...splitter.flush()];
  return segments.reduce<{ type: string; text: string }[]>((out, segment) => {
    const last = out.at(-1);
    if (last?.type === segment.type) last.text += segment.text;
    else out.push({ ...segment });
    return out;
  }, []);
}

describe('splitThink (whole answers)', () => {
  it('what precedes </think> is reasoning, the rest text; the blank line after the tag is not part of the answer', () => {
    expect(splitThink(output)).toEqual(expected);
  });

  it('without </think> everything is text, even text that looks like reasoning', () => {
    expect(splitThink('Just an answer, no tag.')).toEqual([{ type: 'text', text: 'Just an answer, no tag.' }]);
    expect(splitThink('<think>\nunfinished reasoning cut by max_tokens')).toEqual([{ type: 'text', text: '<think>\nunfinished reasoning cut by max_tokens' }]);
  });

  it('a <think> the model echoes is not part of the reasoning; an empty reasoning gives no reasoning part', () => {
    expect(splitThink('<think>\nplan\n</think>answer')).toEqual([{ type: 'reasoning', text: '\nplan\n' }, { type: 'text', text: 'answer' }]);
    expect(splitThink('</think>\n\nanswer')).toEqual([{ type: 'text', text: 'answer' }]);
    expect(splitThink('plan</think>')).toEqual([{ type: 'reasoning', text: 'plan' }]);
  });

  it('only the first </think> splits; a later one is answer text', () => {
    expect(splitThink('a</think>b</think>c')).toEqual([{ type: 'reasoning', text: 'a' }, { type: 'text', text: 'b</think>c' }]);
  });
});

describe('createThinkSplitter (streams)', () => {
  it('gives the same split for every chunk boundary, including each position inside </think>', () => {
    for (let cut = 0; cut <= output.length; cut++) {
      expect(feed([output.slice(0, cut), output.slice(cut)]), `cut at ${cut}`).toEqual(expected);
    }
  });

  it('gives the same split when fed one character at a time', () => {
    expect(feed([...output])).toEqual(expected);
  });

  it('holds text back until </think> arrives, then streams the answer without delay', () => {
    const splitter = createThinkSplitter();
    expect(splitter.push('reasoning </th')).toEqual([]);
    expect(splitter.push('ink>')).toEqual([{ type: 'reasoning', text: 'reasoning ' }]);
    expect(splitter.push('\n')).toEqual([]);
    expect(splitter.push('\nHel')).toEqual([{ type: 'text', text: 'Hel' }]);
    expect(splitter.push('lo')).toEqual([{ type: 'text', text: 'lo' }]);
    expect(splitter.flush()).toEqual([]);
  });

  it('a stream that ends without </think> releases everything as text at flush', () => {
    const splitter = createThinkSplitter();
    expect(splitter.push('no tag ')).toEqual([]);
    expect(splitter.push('here </thi')).toEqual([]);
    expect(splitter.flush()).toEqual([{ type: 'text', text: 'no tag here </thi' }]);
    expect(splitter.flush()).toEqual([]);
  });
});
