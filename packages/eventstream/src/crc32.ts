/** CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), as zlib and the event-stream format use. */
const POLYNOMIAL = 0xedb88320;

/**
 * Slicing-by-8: eight 256-entry tables back to back, so eight bytes cost
 * eight lookups and no per-bit work. Table k maps a byte to its CRC followed
 * by k zero bytes, so each entry extends the one 256 places before it.
 */
let tables: Int32Array | undefined;

function buildTables(): Int32Array {
  const table = new Int32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let bit = 0; bit < 8; bit++) c = c & 1 ? (c >>> 1) ^ POLYNOMIAL : c >>> 1;
    table[n] = c;
  }
  for (let n = 256; n < table.length; n++) table[n] = table[table[n - 256]! & 0xff]! ^ (table[n - 256]! >>> 8);
  return table;
}

/**
 * CRC-32 of `bytes[start, end)` as an unsigned 32-bit number.
 * Callers guarantee `0 <= start <= end <= bytes.length`.
 */
export function crc32(bytes: Uint8Array, start: number, end: number): number {
  // Built on first use, so importing the package does no work.
  const t = (tables ??= buildTables());
  let crc = -1;
  let i = start;
  const fastEnd = end - ((end - start) & 7);
  // Non-null assertions: indices are masked to 0..2047 and i < end <= bytes.length.
  while (i < fastEnd) {
    const low = crc ^ (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24));
    crc =
      t[1792 + (low & 0xff)]! ^
      t[1536 + ((low >>> 8) & 0xff)]! ^
      t[1280 + ((low >>> 16) & 0xff)]! ^
      t[1024 + (low >>> 24)]! ^
      t[768 + bytes[i + 4]!]! ^
      t[512 + bytes[i + 5]!]! ^
      t[256 + bytes[i + 6]!]! ^
      t[bytes[i + 7]!]!;
    i += 8;
  }
  while (i < end) crc = t[(crc ^ bytes[i++]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
