import { loadNativeCodec } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { acceptsMistralRequest } from './accepts-mistral-request';
import { mistral } from './mistral';
import { nativeCodec } from './mistral-native-codec';

describe('mistral.native', () => {
  it('loads its code on first use and keeps the routing facts on the family value', async () => {
    expect('prepareRequest' in mistral.native!).toBe(false); // the family value holds no codec code
    const codec = await loadNativeCodec(mistral.native!, 'mistral');
    expect(codec.prepareRequest).toBe(nativeCodec.prepareRequest);
    expect(codec.createStreamParser).toBe(nativeCodec.createStreamParser);
    expect(codec.parseResponse).toBe(nativeCodec.parseResponse);
    expect(codec.accepts).toBe(acceptsMistralRequest); // routing stays on the family value, loaded or not
    expect([codec.systemMessages, codec.systemParts, codec.toolResultContent]).toEqual([undefined, undefined, undefined]);
  });
});
