import { isWellFormedUtf8 } from './is-well-formed-utf8';

/** Up to this length an ASCII string is built in JS: cheaper than a TextDecoder call for header-sized strings. */
const ASCII_FAST_PATH_BYTES = 64;

let decoder: TextDecoder | undefined;

/**
 * Decodes `bytes[start, end)` as UTF-8, or returns `undefined` when it is
 * malformed: the caller reports that rather than getting silent U+FFFD
 * replacement, so a re-encoded message is byte-identical to the one received.
 */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string | undefined {
  if (end - start <= ASCII_FAST_PATH_BYTES) {
    let ascii = true;
    for (let i = start; i < end; i++) {
      if (bytes[i]! > 0x7f) {
        ascii = false;
        break;
      }
    }
    if (ascii) return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
  }
  if (!isWellFormedUtf8(bytes, start, end)) return undefined;
  // Created on first use: nothing runs at import time.
  decoder ??= new TextDecoder('utf-8', { ignoreBOM: true });
  return decoder.decode(bytes.subarray(start, end));
}
