import { loadNativeCodec } from '@bedrock-kit/core';
import { expectNativeCodecOnUse } from '@bedrock-kit/test-utils';
import { describe, it } from 'vitest';
import { openaiOss } from './openai-oss';
import { nativeCodec } from './openai-oss-native-codec';

describe('openaiOss.native', () => {
  it('loads its code on first use and keeps the routing facts on the family value', async () => {
    await expectNativeCodecOnUse({ family: openaiOss, load: loadNativeCodec, nativeCodec, routingFacts: [undefined, undefined, undefined] });
  });
});
