/**
 * Strings up to this many bytes go through a small cache: event streams
 * repeat the same header names and values (`:event-type`, `application/json`)
 * in every frame, and comparing bytes with a cached string beats decoding.
 */
const CACHED_MAX_BYTES = 64;
/** Direct-mapped: one slot per key, the newest string wins. */
const CACHE_SLOTS = 256;

let cache: string[] | undefined;
let decoder: TextDecoder | undefined;

/**
 * Decodes `bytes[start, end)` as UTF-8, or returns `undefined` when it is
 * malformed: the caller reports that rather than getting silent U+FFFD
 * replacement, so a re-encoded message is byte-identical to the one received.
 */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string | undefined {
  const length = end - start;
  // A cheap key that tells Bedrock's names and values apart: length, second and last byte (NaN & 255 is 0).
  const slot = (length * 31 + bytes[start + 1]! * 7 + bytes[end - 1]!) & (CACHE_SLOTS - 1);
  const cached = (cache ??= new Array<string>(CACHE_SLOTS).fill(''))[slot]!;
  if (cached.length === length) {
    let i = 0;
    while (i < length && cached.charCodeAt(i) === bytes[start + i]) i++;
    if (i === length) return cached;
  }
  // Created on first use: nothing runs at import time. `fatal` makes malformed input
  // (overlongs, surrogates, above U+10FFFF, truncation) throw instead of becoming U+FFFD.
  decoder ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let text: string;
  try {
    text = decoder.decode(bytes.subarray(start, end));
  } catch {
    return undefined;
  }
  // Only ASCII (one byte per character) is cached: then matching the bytes above proves the string is theirs.
  if (text.length === length && length <= CACHED_MAX_BYTES) cache[slot] = text;
  return text;
}
