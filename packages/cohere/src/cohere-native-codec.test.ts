import { loadNativeCodec } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { cohere } from './cohere';
import { nativeCodec } from './cohere-native-codec';

describe('cohere.native', () => {
  it('loads its code on first use and keeps the routing facts on the family value', async () => {
    expect('prepareRequest' in cohere.native!).toBe(false); // the family value holds no codec code
    const codec = await loadNativeCodec(cohere.native!, 'cohere');
    expect(codec.prepareRequest).toBe(nativeCodec.prepareRequest);
    expect(codec.createStreamParser).toBe(nativeCodec.createStreamParser);
    expect(codec.parseResponse).toBe(nativeCodec.parseResponse);
    expect([codec.systemMessages, codec.systemParts, codec.toolResultContent]).toEqual([undefined, undefined, undefined]);
  });
});
