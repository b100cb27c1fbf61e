import { describe, expect, it } from 'vitest';
import { createReasoningTagSplitter, type ReasoningTagSegment } from './create-reasoning-tag-splitter';
import { splitReasoningTags } from './split-reasoning-tags';

/** Feeds `pieces` one by one and returns the reasoning and text it produced, plus the raw segments. */
function run(pieces: string[]): { reasoning: string; text: string; segments: ReasoningTagSegment[] } {
  const splitter = createReasoningTagSplitter();
  const segments = [...pieces.flatMap((piece) => splitter.push(piece)), ...splitter.flush()];
  const join = (type: ReasoningTagSegment['type']) =>
    segments
      .filter((s) => s.type === type)
      .map((s) => s.text)
      .join('');
  return { reasoning: join('reasoning'), text: join('text'), segments };
}

const samples = [
  '<reasoning>think</reasoning>answer',
  '<reasoning>The user says hi. Respond.</reasoning>\n\nHello! How can I help?',
  'no tags at all',
  '<reasoning>a < b and </reason is not a tag</reasoning>x <re y',
  '<reasoning>one</reasoning>mid<reasoning>two</reasoning>end',
  '<reasoning>unterminated reasoning',
  'text ending in a partial tag <reaso',
  '<<reasoning>>x</reasoning>>',
  '',
];

describe('createReasoningTagSplitter', () => {
  it('handles the tags split across chunks', () => {
    const { reasoning, text } = run(['<reas', 'oning>think</rea', 'soning>answer']);
    expect({ reasoning, text }).toEqual({ reasoning: 'think', text: 'answer' });
  });

  it('holds back only a possible tag prefix, so plain text flows at once', () => {
    const splitter = createReasoningTagSplitter();
    expect(splitter.push('Hello <re')).toEqual([{ type: 'text', text: 'Hello ' }]);
    expect(splitter.push('d>')).toEqual([{ type: 'text', text: '<red>' }]);
    expect(splitter.push('x<')).toEqual([{ type: 'text', text: 'x' }]);
    expect(splitter.flush()).toEqual([{ type: 'text', text: '<' }]);
    expect(splitter.flush()).toEqual([]);
  });

  it('emits reasoning as it arrives, before the closing tag', () => {
    const splitter = createReasoningTagSplitter();
    expect(splitter.push('<reasoning>step one, ')).toEqual([{ type: 'reasoning', text: 'step one, ' }]);
    expect(splitter.push('step two</reas')).toEqual([{ type: 'reasoning', text: 'step two' }]);
    expect(splitter.push('oning>  done')).toEqual([{ type: 'text', text: 'done' }]);
  });

  it('drops only the whitespace right after </reasoning>, even when it spans chunks', () => {
    expect(run(['<reasoning>r</reasoning>', '\n', ' \n', 'answer  with  spaces\n']).text).toBe('answer  with  spaces\n');
    expect(run(['  lead <reasoning>r</reasoning>']).text).toBe('  lead ');
  });

  it('keeps text that only looks like a tag', () => {
    expect(run(['a <reasoning', ' b']).text).toBe('a <reasoning b');
    expect(run(['<reasoning>x</reasoningX</reasoning>y']).reasoning).toBe('x</reasoningX');
  });

  it('releases an incomplete tag at flush in the current mode', () => {
    expect(run(['<reasoning>abc</reas'])).toMatchObject({ reasoning: 'abc</reas', text: '' });
  });

  describe('property: any split gives the same reasoning and text', () => {
    for (const sample of samples) {
      const whole = run([sample]);

      it(`every single split point of ${JSON.stringify(sample)}`, () => {
        for (let at = 0; at <= sample.length; at++) {
          const split = run([sample.slice(0, at), sample.slice(at)]);
          expect({ at, reasoning: split.reasoning, text: split.text }).toEqual({ at, reasoning: whole.reasoning, text: whole.text });
        }
      });

      it(`every pair of split points, and one character at a time, of ${JSON.stringify(sample)}`, () => {
        for (let i = 0; i <= sample.length; i++) {
          for (let j = i; j <= sample.length; j++) {
            const split = run([sample.slice(0, i), sample.slice(i, j), sample.slice(j)]);
            expect({ i, j, reasoning: split.reasoning, text: split.text }).toEqual({ i, j, reasoning: whole.reasoning, text: whole.text });
          }
        }
        const bytewise = run([...sample]);
        expect({ reasoning: bytewise.reasoning, text: bytewise.text }).toEqual({ reasoning: whole.reasoning, text: whole.text });
      });

      it(`no segment is empty and no tag leaks out, for ${JSON.stringify(sample)}`, () => {
        for (let at = 0; at <= sample.length; at++) {
          const { segments } = run([sample.slice(0, at), sample.slice(at)]);
          for (const segment of segments) expect(segment.text).not.toBe('');
        }
        expect(whole.reasoning + whole.text).not.toMatch(/<\/?reasoning>(?!>)/);
      });
    }

    it('gives the values expected for each sample', () => {
      expect(samples.map((s) => run([s])).map(({ reasoning, text }) => ({ reasoning, text }))).toEqual([
        { reasoning: 'think', text: 'answer' },
        { reasoning: 'The user says hi. Respond.', text: 'Hello! How can I help?' },
        { reasoning: '', text: 'no tags at all' },
        { reasoning: 'a < b and </reason is not a tag', text: 'x <re y' },
        { reasoning: 'onetwo', text: 'midend' },
        { reasoning: 'unterminated reasoning', text: '' },
        { reasoning: '', text: 'text ending in a partial tag <reaso' },
        { reasoning: '>x', text: '<>' },
        { reasoning: '', text: '' },
      ]);
    });
  });
});

describe('splitReasoningTags', () => {
  it('returns merged segments in order for a whole content string', () => {
    expect(splitReasoningTags('<reasoning>r1</reasoning>t1<reasoning>r2</reasoning>t2')).toEqual([
      { type: 'reasoning', text: 'r1' },
      { type: 'text', text: 't1' },
      { type: 'reasoning', text: 'r2' },
      { type: 'text', text: 't2' },
    ]);
    expect(splitReasoningTags('plain')).toEqual([{ type: 'text', text: 'plain' }]);
    expect(splitReasoningTags('')).toEqual([]);
  });
});
