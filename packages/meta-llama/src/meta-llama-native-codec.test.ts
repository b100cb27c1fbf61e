import { loadNativeCodec } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { acceptsMetaLlamaRequest } from './accepts-meta-llama-request';
import { metaLlama } from './meta-llama';
import { nativeCodec } from './meta-llama-native-codec';

describe('metaLlama.native', () => {
  it('loads its code on first use and keeps the routing facts on the family value', async () => {
    expect('prepareRequest' in metaLlama.native!).toBe(false); // the family value holds no codec code
    const codec = await loadNativeCodec(metaLlama.native!, 'meta-llama');
    expect(codec.prepareRequest).toBe(nativeCodec.prepareRequest);
    expect(codec.createStreamParser).toBe(nativeCodec.createStreamParser);
    expect(codec.parseResponse).toBe(nativeCodec.parseResponse);
    expect(codec.accepts).toBe(acceptsMetaLlamaRequest); // routing stays on the family value, loaded or not
    expect([codec.systemMessages, codec.systemParts, codec.toolResultContent]).toEqual([undefined, undefined, undefined]);
  });
});
