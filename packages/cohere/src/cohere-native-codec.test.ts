import { loadNativeCodec } from '@bedrock-kit/core';
import { expectNativeCodecOnUse } from '@bedrock-kit/test-utils';
import { describe, it } from 'vitest';
import { cohere } from './cohere';
import { nativeCodec } from './cohere-native-codec';

describe('cohere.native', () => {
  it('loads its code on first use and keeps the routing facts on the family value', async () => {
    await expectNativeCodecOnUse({ family: cohere, load: loadNativeCodec, nativeCodec, routingFacts: [undefined, undefined, undefined] });
  });
});
