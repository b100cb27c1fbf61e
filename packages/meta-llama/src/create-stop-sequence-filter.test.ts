import { describe, expect, it } from 'vitest';
import { createStopSequenceFilter } from './create-stop-sequence-filter';

const run = (stops: string[], pieces: string[]) => {
  const filter = createStopSequenceFilter(stops);
  const out: string[] = [];
  let stopped = false;
  for (const piece of pieces) {
    const pushed = filter.push(piece);
    out.push(pushed.text);
    stopped ||= pushed.stopped;
  }
  out.push(filter.flush());
  return { text: out.join(''), emitted: out, stopped };
};

describe('createStopSequenceFilter', () => {
  it('passes text through when there are no stop sequences', () => {
    expect(run([], ['a', 'b'])).toMatchObject({ text: 'ab', emitted: ['a', 'b', ''], stopped: false });
  });

  it('cuts at a stop sequence split across chunks, holding back only the possible start', () => {
    const { emitted, text, stopped } = run(['###'], ['Hello #', '#', '# tail']);
    expect(text).toBe('Hello ');
    expect(stopped).toBe(true);
    expect(emitted[0]).toBe('Hello ');
  });

  it('releases held-back text when it turns out not to be a stop sequence', () => {
    expect(run(['###'], ['a #', '#b'])).toMatchObject({ text: 'a ##b', emitted: ['a ', '##b', ''], stopped: false });
    expect(run(['END'], ['the E'])).toMatchObject({ text: 'the E', emitted: ['the ', 'E'], stopped: false });
  });

  it('cuts at the earliest of several stop sequences and ignores everything after', () => {
    const filter = createStopSequenceFilter(['zz', 'b']);
    expect(filter.push('a b zz')).toEqual({ text: 'a ', stopped: true });
    expect(filter.push('more')).toEqual({ text: '', stopped: true });
    expect(filter.flush()).toBe('');
  });

  it('ignores empty stop sequences', () => {
    expect(run([''], ['abc'])).toMatchObject({ text: 'abc', stopped: false });
  });
});
