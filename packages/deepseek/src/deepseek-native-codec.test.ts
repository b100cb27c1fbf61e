import { loadNativeCodec } from '@bedrock-kit/core';
import { expectNativeCodecOnUse } from '@bedrock-kit/test-utils';
import { describe, it } from 'vitest';
import { acceptsDeepseekRequest } from './accepts-deepseek-request';
import { deepseek } from './deepseek';
import { nativeCodec } from './deepseek-native-codec';

describe('deepseek.native', () => {
  it('loads its code on first use and keeps the routing facts on the family value', async () => {
    await expectNativeCodecOnUse({ family: deepseek, load: loadNativeCodec, nativeCodec, accepts: acceptsDeepseekRequest, routingFacts: [undefined, undefined, undefined] });
  });
});
