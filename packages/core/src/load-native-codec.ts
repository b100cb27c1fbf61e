import { loadOnUse, type CodeOnUse } from './load-on-use';
import type { LazyNativeCodec, NativeCodec } from './model-family';

// Each lazy codec's load, made on its first use: nothing runs at import time.
let codes: WeakMap<LazyNativeCodec, CodeOnUse<NativeCodec>> | undefined;

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
  let code = (codes ??= new WeakMap()).get(native);
  if (!code) {
    // The routing facts stay on the family value; the loaded module brings the code.
    code = { what: `the native InvokeModel codec of ${familyName}`, load: () => native.load().then(({ nativeCodec }) => ({ ...native, ...nativeCodec })) };
    codes.set(native, code);
  }
  return code.module ?? loadOnUse(code);
}
