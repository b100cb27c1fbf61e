import { ConfigError } from './errors/config-error';
import type { LazyNativeCodec, NativeCodec } from './model-family';

// Each lazy codec's loaded form (or its load in flight), made on first use: nothing runs at import time.
let loaded: WeakMap<LazyNativeCodec, NativeCodec | Promise<NativeCodec>> | undefined;

/**
 * A family's native codec, ready to use: the codec itself when its code is
 * bundled with the family value, else its code loaded on this first use (once;
 * later calls get it without waiting). A failed load, a chunk the page could
 * not fetch, is a `ConfigError` naming the family, and the next call tries again.
 *
 * @example
 * const codec = await loadNativeCodec(anthropic.native!);
 * const { body } = codec.prepareRequest(request, model);
 */
export function loadNativeCodec(native: NativeCodec | LazyNativeCodec, familyName = 'a family'): NativeCodec | Promise<NativeCodec> {
  if (!('load' in native)) return native;
  const cache = (loaded ??= new WeakMap());
  let codec = cache.get(native);
  if (!codec) {
    codec = native.load().then(
      ({ nativeCodec }) => {
        // The routing facts stay on the family value; the loaded module brings the code.
        const ready: NativeCodec = { ...native, ...nativeCodec };
        cache.set(native, ready);
        return ready;
      },
      (cause: unknown) => {
        cache.delete(native);
        const reason = cause instanceof Error ? cause.message : String(cause);
        throw new ConfigError({ message: `bedrock-kit could not load the native InvokeModel codec of ${familyName} (a chunk of your bundle loaded on first use): ${reason}`, cause });
      },
    );
    cache.set(native, codec);
  }
  return codec;
}
