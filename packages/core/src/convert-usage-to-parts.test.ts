import { describe, expect, it } from 'vitest';
import { convertUsageToParts } from './convert-usage-to-parts';

describe('convertUsageToParts', () => {
  it('gives a usage part only when a count is known', () => {
    expect(convertUsageToParts({ inputTokens: 3 })).toEqual([{ type: 'usage', usage: { inputTokens: 3 } }]);
    expect(convertUsageToParts({})).toEqual([]);
    expect(convertUsageToParts(undefined)).toEqual([]);
  });
});
