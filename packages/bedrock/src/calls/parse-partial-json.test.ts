import { describe, expect, it } from 'vitest';
import { parsePartialJson } from './parse-partial-json';

describe('parsePartialJson', () => {
  it('reads every prefix of a JSON text as the value so far, ending in the whole value', () => {
    const text = '{"name": "Ly\\u00f3n \\"old\\"", "tags": ["a", "bc"], "size": -12.5e1, "ok": true, "none": null, "deep": {"x": [1, {"y": "z"}]}}';
    let last: unknown;
    for (let end = 0; end <= text.length; end++) {
      const value = parsePartialJson(text.slice(0, end));
      if (end > 0) expect(value, text.slice(0, end)).toBeTypeOf('object');
      last = value;
    }
    expect(last).toEqual(JSON.parse(text));
  });

  it.each([
    ['', undefined],
    ['  ', undefined],
    ['{', {}],
    ['{"na', {}],
    ['{"name"', {}],
    ['{"name": ', {}],
    ['{"name": "Ly', { name: 'Ly' }],
    ['{"name": "a\\', { name: 'a' }],
    ['{"name": "a\\u00', { name: 'a' }],
    ['{"n": 12', { n: 12 }],
    ['{"n": -', {}],
    ['{"n": 1.', { n: 1 }],
    ['{"ok": tr', {}],
    ['{"ok": true', { ok: true }],
    ['{"list": [1, 2', { list: [1, 2] }],
    ['{"list": [{"a": "b"}, {"a"', { list: [{ a: 'b' }, {}] }],
    ['[', []],
  ])('%j → %j', (text, expected) => {
    expect(parsePartialJson(text)).toEqual(expected);
  });

  it('gives undefined for text that is not JSON', () => {
    for (const text of ['Paris', '{name: 1}', '{"a" 1}', '{"a": "\\q"}', '{"a": @}']) expect(parsePartialJson(text), text).toBeUndefined();
  });
});
