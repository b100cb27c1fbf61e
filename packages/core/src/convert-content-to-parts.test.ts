import { describe, expect, it } from 'vitest';
import { convertContentToParts } from './convert-content-to-parts';

describe('convertContentToParts', () => {
  it('turns a string into one text part and keeps parts as they are', () => {
    expect(convertContentToParts('hi')).toEqual([{ type: 'text', text: 'hi' }]);
    const parts = [{ type: 'text' as const, text: 'a' }];
    expect(convertContentToParts(parts)).toBe(parts);
  });
});
