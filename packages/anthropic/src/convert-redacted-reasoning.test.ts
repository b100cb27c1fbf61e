import { describe, expect, it } from 'vitest';

describe('redacted data outside Latin-1 (fuzz finding)', () => {
  it('round-trips any string instead of throwing', async () => {
    const { convertRedactedDataToPart, convertRedactedPartToData } = await import('./convert-redacted-reasoning');
    const part = convertRedactedDataToPart('EtkE€k');
    expect(typeof part).toBe('string');
    expect(convertRedactedPartToData(convertRedactedDataToPart('EtkECk=='))).toBe('EtkECk==');
  });
});
