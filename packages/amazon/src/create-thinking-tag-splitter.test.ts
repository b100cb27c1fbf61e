import { describe, expect, it } from 'vitest';
import { createThinkingTagSplitter, type ThinkingSegment } from './create-thinking-tag-splitter';
import { splitThinkingTags } from './split-thinking-tags';

/** Feeds pieces one by one and joins adjacent segments of the same type. */
function feed(pieces: string[]): ThinkingSegment[] {
  const splitter = createThinkingTagSplitter();
  const out: ThinkingSegment[] = [];
  for (const segment of [...pieces.flatMap((piece) => splitter.push(piece)), ...splitter.flush()]) {
    const last = out.at(-1);
    if (last?.type === segment.type) last.text += segment.text;
    else out.push({ ...segment });
  }
  return out;
}

const text = 'Intro <thinking>Plan: call the tool.</thinking>\n Answer with <b>bold</b> and a < sign.';
const expected: ThinkingSegment[] = [
  { type: 'text', text: 'Intro ' },
  { type: 'reasoning', text: 'Plan: call the tool.' },
  { type: 'text', text: 'Answer with <b>bold</b> and a < sign.' },
];

describe('thinking tag splitting', () => {
  it('splits a whole text; whitespace after </thinking> is dropped, other tags stay text', () => {
    expect(splitThinkingTags(text)).toEqual(expected);
    expect(splitThinkingTags('no tags at all')).toEqual([{ type: 'text', text: 'no tags at all' }]);
    expect(splitThinkingTags('<thinking>only thought</thinking>')).toEqual([{ type: 'reasoning', text: 'only thought' }]);
  });

  it('gives the same segments however the text is cut into two or three pieces', () => {
    for (let i = 0; i <= text.length; i++) {
      expect(feed([text.slice(0, i), text.slice(i)]), `cut at ${i}`).toEqual(expected);
      for (let j = i; j <= text.length; j += 7) expect(feed([text.slice(0, i), text.slice(i, j), text.slice(j)]), `cuts at ${i}, ${j}`).toEqual(expected);
    }
  });

  it('holds back only a possible tag prefix, so text flows at once', () => {
    const splitter = createThinkingTagSplitter();
    expect(splitter.push('Hello <thi')).toEqual([{ type: 'text', text: 'Hello ' }]);
    expect(splitter.push('s is not a tag')).toEqual([{ type: 'text', text: '<this is not a tag' }]);
    expect(splitter.flush()).toEqual([]);
  });
});
