import { loadNativeCodec } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { acceptsNovaRequest } from './accepts-nova-request';
import { amazon } from './amazon';
import { nativeCodec } from './amazon-native-codec';

describe('amazon.native', () => {
  it('loads its code on first use and keeps the routing facts on the family value', async () => {
    expect('prepareRequest' in amazon.native!).toBe(false); // the family value holds no codec code
    const codec = await loadNativeCodec(amazon.native!, 'amazon');
    expect(codec.prepareRequest).toBe(nativeCodec.prepareRequest);
    expect(codec.createStreamParser).toBe(nativeCodec.createStreamParser);
    expect(codec.parseResponse).toBe(nativeCodec.parseResponse);
    expect(codec.accepts).toBe(acceptsNovaRequest); // routing stays on the family value, loaded or not
    expect([codec.systemMessages, codec.systemParts, codec.toolResultContent]).toEqual([undefined, undefined, undefined]);
  });
});
