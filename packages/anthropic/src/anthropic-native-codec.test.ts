import { loadNativeCodec } from '@bedrock-kit/core';
import { expectNativeCodecOnUse } from '@bedrock-kit/test-utils';
import { describe, it } from 'vitest';
import { anthropic } from './anthropic';
import { nativeCodec } from './anthropic-native-codec';

describe('anthropic.native', () => {
  it('loads its code on first use and keeps the routing facts on the family value', async () => {
    await expectNativeCodecOnUse({ family: anthropic, load: loadNativeCodec, nativeCodec, routingFacts: [true, true, true] });
  });
});
