import { loadNativeCodec } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { acceptsDeepseekRequest } from './accepts-deepseek-request';
import { deepseek } from './deepseek';
import { nativeCodec } from './deepseek-native-codec';

describe('deepseek.native', () => {
  it('loads its code on first use and keeps the routing facts on the family value', async () => {
    expect('prepareRequest' in deepseek.native!).toBe(false); // the family value holds no codec code
    const codec = await loadNativeCodec(deepseek.native!, 'deepseek');
    expect(codec.prepareRequest).toBe(nativeCodec.prepareRequest);
    expect(codec.createStreamParser).toBe(nativeCodec.createStreamParser);
    expect(codec.parseResponse).toBe(nativeCodec.parseResponse);
    expect(codec.accepts).toBe(acceptsDeepseekRequest); // routing stays on the family value, loaded or not
    expect([codec.systemMessages, codec.systemParts, codec.toolResultContent]).toEqual([undefined, undefined, undefined]);
  });
});
