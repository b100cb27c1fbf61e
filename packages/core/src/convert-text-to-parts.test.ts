import { describe, expect, it } from 'vitest';
import { convertTextToDeltaParts, convertTextToParts } from './convert-text-to-parts';

describe('convertTextToParts / convertTextToDeltaParts', () => {
  it('give one part for non-empty text and none for empty or missing text', () => {
    expect(convertTextToParts('Hi')).toEqual([{ type: 'text', text: 'Hi' }]);
    expect(convertTextToDeltaParts('Hi')).toEqual([{ type: 'text-delta', text: 'Hi' }]);
    for (const value of ['', undefined, null, 42]) {
      expect(convertTextToParts(value)).toEqual([]);
      expect(convertTextToDeltaParts(value)).toEqual([]);
    }
  });
});
