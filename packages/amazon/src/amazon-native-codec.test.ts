import { loadNativeCodec } from '@bedrock-kit/core';
import { expectNativeCodecOnUse } from '@bedrock-kit/test-utils';
import { describe, it } from 'vitest';
import { acceptsNovaRequest } from './accepts-nova-request';
import { amazon } from './amazon';
import { nativeCodec } from './amazon-native-codec';

describe('amazon.native', () => {
  it('loads its code on first use and keeps the routing facts on the family value', async () => {
    await expectNativeCodecOnUse({ family: amazon, load: loadNativeCodec, nativeCodec, accepts: acceptsNovaRequest, routingFacts: [undefined, undefined, undefined] });
  });
});
