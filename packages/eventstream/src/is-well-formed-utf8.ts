/**
 * Whether `bytes[start, end)` is well-formed UTF-8 (Unicode Table 3-7: no
 * overlongs, no surrogates, nothing above U+10FFFF). Checked by hand so
 * malformed input is reported by an explicit check, not by catching
 * TextDecoder's TypeError.
 */
export function isWellFormedUtf8(bytes: Uint8Array, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // How many continuation bytes follow the lead, and the allowed range of the first one.
    let continuations = 3;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) continuations = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      continuations = 2;
      if (lead === 0xe0) low = 0xa0; // overlong below U+0800
      if (lead === 0xed) high = 0x9f; // UTF-16 surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      if (lead === 0xf0) low = 0x90; // overlong below U+10000
      if (lead === 0xf4) high = 0x8f; // above U+10FFFF
    } else return false;
    if (i + continuations >= end) return false;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return false;
    for (let k = 2; k <= continuations; k++) {
      const next = bytes[i + k]!;
      if (next < 0x80 || next > 0xbf) return false;
    }
    i += continuations + 1;
  }
  return true;
}
