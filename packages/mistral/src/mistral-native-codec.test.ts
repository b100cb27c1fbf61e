import { loadNativeCodec } from '@bedrock-kit/core';
import { expectNativeCodecOnUse } from '@bedrock-kit/test-utils';
import { describe, it } from 'vitest';
import { acceptsMistralRequest } from './accepts-mistral-request';
import { mistral } from './mistral';
import { nativeCodec } from './mistral-native-codec';

describe('mistral.native', () => {
  it('loads its code on first use and keeps the routing facts on the family value', async () => {
    await expectNativeCodecOnUse({ family: mistral, load: loadNativeCodec, nativeCodec, accepts: acceptsMistralRequest, routingFacts: [undefined, undefined, undefined] });
  });
});
