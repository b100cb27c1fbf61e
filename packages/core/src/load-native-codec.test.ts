import { describe, expect, it } from 'vitest';
import { ConfigError } from './errors/config-error';
import { loadNativeCodec } from './load-native-codec';
import type { LazyNativeCodec, NativeCodec, NativeCodecFunctions } from './model-family';

const functions: NativeCodecFunctions = {
  prepareRequest: () => ({ body: { prompt: 'x' } }),
  parseResponse: () => ({ content: [], finishReason: 'stop', usage: { inputTokens: 0, outputTokens: 0, totalTokens: 0 } }) as never,
  createStreamParser: () => ({ parse: () => [] }),
};

describe('loadNativeCodec', () => {
  it('returns a bundled codec as it is, without waiting', () => {
    const codec: NativeCodec = { ...functions, systemParts: true };
    expect(loadNativeCodec(codec)).toBe(codec);
  });

  it('loads a lazy codec once, keeps its routing facts, and later calls get it without waiting', async () => {
    let loads = 0;
    const lazy: LazyNativeCodec = { systemMessages: true, load: async () => (loads++, { nativeCodec: functions }) };
    const [first, second] = await Promise.all([loadNativeCodec(lazy), loadNativeCodec(lazy)]);
    expect(first).toBe(second);
    expect(first.systemMessages).toBe(true);
    expect(first.prepareRequest).toBe(functions.prepareRequest);
    expect(loadNativeCodec(lazy)).toBe(first); // synchronous once loaded
    expect(loads).toBe(1);
  });

  it('names the family in a ConfigError when the chunk fails to load, and tries again next time', async () => {
    let attempts = 0;
    const lazy: LazyNativeCodec = {
      load: async () => {
        if (++attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
        return { nativeCodec: functions };
      },
    };
    const error = await Promise.resolve(loadNativeCodec(lazy, 'anthropic')).catch((caught: unknown) => caught);
    expect(ConfigError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/native InvokeModel codec of anthropic .*Failed to fetch/);
    expect((await loadNativeCodec(lazy)).prepareRequest).toBe(functions.prepareRequest);
    expect(attempts).toBe(2);
  });
});
