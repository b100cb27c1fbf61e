/**
 * ASCII strings up to this length go through a small cache: event streams
 * repeat the same header names and values (`:event-type`, `application/json`)
 * in every frame, and returning the cached string beats building a new one.
 */
const CACHED_MAX_BYTES = 32;
/** Direct-mapped: a slot per hash bucket, the newest string wins. */
const CACHE_SLOTS = 256;

let cache: string[] | undefined;
let decoder: TextDecoder | undefined;

/** Whether `text` (ASCII) spells exactly `bytes[start, end)`. */
function spells(text: string, bytes: Uint8Array, start: number, end: number): boolean {
  if (text.length !== end - start) return false;
  for (let i = start; i < end; i++) if (text.charCodeAt(i - start) !== bytes[i]) return false;
  return true;
}

/**
 * Decodes `bytes[start, end)` as UTF-8, or returns `undefined` when it is
 * malformed: the caller reports that rather than getting silent U+FFFD
 * replacement, so a re-encoded message is byte-identical to the one received.
 */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string | undefined {
  if (end - start <= CACHED_MAX_BYTES) {
    let hash = end - start;
    let ascii = true;
    for (let i = start; i < end; i++) {
      const byte = bytes[i]!;
      if (byte > 0x7f) {
        ascii = false;
        break;
      }
      hash = (Math.imul(hash, 31) + byte) | 0;
    }
    if (ascii) {
      cache ??= new Array<string>(CACHE_SLOTS).fill('');
      const slot = (hash ^ (hash >>> 8)) & (CACHE_SLOTS - 1);
      const cached = cache[slot]!;
      if (spells(cached, bytes, start, end)) return cached;
      const text = String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
      cache[slot] = text;
      return text;
    }
  }
  // Created on first use: nothing runs at import time. `fatal` makes malformed input
  // (overlongs, surrogates, above U+10FFFF, truncation) throw instead of becoming U+FFFD.
  decoder ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    return decoder.decode(bytes.subarray(start, end));
  } catch {
    return undefined;
  }
}
