import { loadNativeCodec } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { anthropic } from './anthropic';
import { nativeCodec } from './anthropic-native-codec';

describe('anthropic.native', () => {
  it('loads its code on first use and keeps the routing facts on the family value', async () => {
    expect('prepareRequest' in anthropic.native!).toBe(false); // the family value holds no codec code
    const codec = await loadNativeCodec(anthropic.native!, 'anthropic');
    expect(codec.prepareRequest).toBe(nativeCodec.prepareRequest);
    expect(codec.createStreamParser).toBe(nativeCodec.createStreamParser);
    expect(codec.parseResponse).toBe(nativeCodec.parseResponse);
    expect([codec.systemMessages, codec.systemParts, codec.toolResultContent]).toEqual([true, true, true]);
  });
});
