import { loadNativeCodec } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { openaiOss } from './openai-oss';
import { nativeCodec } from './openai-oss-native-codec';

describe('openaiOss.native', () => {
  it('loads its code on first use and keeps the routing facts on the family value', async () => {
    expect('prepareRequest' in openaiOss.native!).toBe(false); // the family value holds no codec code
    const codec = await loadNativeCodec(openaiOss.native!, 'openai-oss');
    expect(codec.prepareRequest).toBe(nativeCodec.prepareRequest);
    expect(codec.createStreamParser).toBe(nativeCodec.createStreamParser);
    expect(codec.parseResponse).toBe(nativeCodec.parseResponse);
    expect([codec.systemMessages, codec.systemParts, codec.toolResultContent]).toEqual([undefined, undefined, undefined]);
  });
});
