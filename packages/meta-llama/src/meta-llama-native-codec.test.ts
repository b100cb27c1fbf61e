import { loadNativeCodec } from '@bedrock-kit/core';
import { expectNativeCodecOnUse } from '@bedrock-kit/test-utils';
import { describe, it } from 'vitest';
import { acceptsMetaLlamaRequest } from './accepts-meta-llama-request';
import { metaLlama } from './meta-llama';
import { nativeCodec } from './meta-llama-native-codec';

describe('metaLlama.native', () => {
  it('loads its code on first use and keeps the routing facts on the family value', async () => {
    await expectNativeCodecOnUse({ family: metaLlama, load: loadNativeCodec, nativeCodec, accepts: acceptsMetaLlamaRequest, routingFacts: [undefined, undefined, undefined] });
  });
});
