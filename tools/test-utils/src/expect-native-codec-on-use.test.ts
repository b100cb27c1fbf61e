import { describe, expect, it } from 'vitest';
import { expectNativeCodecOnUse, type LoadedNativeCodec, type NativeRoutingFacts } from './expect-native-codec-on-use';

// The helper stands in for seven families' own assertions: it must fail where they would have.
const nativeCodec = { prepareRequest: () => 'body', createStreamParser: () => 'parser', parseResponse: () => 'parts' };
const accepts = () => true;
const lazy = { accepts, systemParts: true, load: async () => ({ nativeCodec }) };
// As core's loadNativeCodec: the routing facts of the family value, then the module's code.
const load = async (native: object): Promise<LoadedNativeCodec> =>
  'load' in native ? { ...native, ...(await (native as typeof lazy).load()).nativeCodec } : (native as LoadedNativeCodec);
const facts: NativeRoutingFacts = [undefined, true, undefined];

describe('expectNativeCodecOnUse', () => {
  it('passes for a lazy codec made of the module functions, and returns the loaded codec', async () => {
    const codec = await expectNativeCodecOnUse({ family: { name: 'test', native: lazy }, load, nativeCodec, accepts, routingFacts: facts });
    expect(codec.prepareRequest).toBe(nativeCodec.prepareRequest);
  });

  it('fails when the family value holds the codec code', async () => {
    const family = { name: 'test', native: { ...nativeCodec, accepts, systemParts: true } };
    await expect(expectNativeCodecOnUse({ family, load, nativeCodec, accepts, routingFacts: facts })).rejects.toThrow();
  });

  it('fails when a loaded function is not the module one', async () => {
    const other = { ...nativeCodec, parseResponse: () => 'other' };
    await expect(expectNativeCodecOnUse({ family: { name: 'test', native: lazy }, load, nativeCodec: other, accepts, routingFacts: facts })).rejects.toThrow();
  });

  it('fails on another accepts or other routing facts; no accepts given, accepts is not checked', async () => {
    const family = { name: 'test', native: lazy };
    await expect(expectNativeCodecOnUse({ family, load, nativeCodec, accepts: () => true, routingFacts: facts })).rejects.toThrow();
    await expect(expectNativeCodecOnUse({ family, load, nativeCodec, accepts, routingFacts: [true, true, true] })).rejects.toThrow();
    await expect(expectNativeCodecOnUse({ family, load, nativeCodec, routingFacts: facts })).resolves.toBeDefined();
  });

  it('fails when the family has no native codec, naming it', async () => {
    await expect(expectNativeCodecOnUse({ family: { name: 'test' }, load, nativeCodec, routingFacts: facts })).rejects.toThrow('test.native');
  });
});
