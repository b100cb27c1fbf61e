import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './decode-utf8';

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
const decodeAll = (bytes: Uint8Array): string | undefined => decodeUtf8(bytes, 0, bytes.length);

describe('decodeUtf8', () => {
  it('decodes many distinct short ASCII strings correctly, twice (cache hits and slot collisions)', () => {
    const texts = Array.from({ length: 2000 }, (_, i) => `:h-${i.toString(36)}`);
    for (let pass = 0; pass < 2; pass++) for (const text of texts) expect(decodeAll(bytesOf(text))).toBe(text);
  });

  it('decodes a range inside a larger buffer', () => {
    const bytes = bytesOf('xx:event-typeyy');
    expect(decodeUtf8(bytes, 2, 13)).toBe(':event-type');
    expect(decodeUtf8(bytes, 2, 2)).toBe('');
  });

  it('decodes multi-byte and long text', () => {
    for (const text of ['héllo', '☃ 😀', 'a'.repeat(33), 'é'.repeat(5000)]) expect(decodeAll(bytesOf(text))).toBe(text);
  });

  it('returns undefined for malformed UTF-8 instead of replacing it', () => {
    expect(decodeAll(Uint8Array.of(0x61, 0xff))).toBeUndefined();
    expect(decodeAll(Uint8Array.of(...new Array(40).fill(0x61), 0xc3))).toBeUndefined();
  });
});

describe('decodeUtf8 on well-formed and malformed sequences (Unicode Table 3-7)', () => {
  const cases: [string, number[], boolean][] = [
    ['ASCII', [0x61, 0x7f], true],
    ['2-byte', [0xc3, 0xa9], true],
    ['3-byte', [0xe2, 0x98, 0x83], true],
    ['4-byte', [0xf0, 0x9f, 0x98, 0x80], true],
    ['largest code point', [0xf4, 0x8f, 0xbf, 0xbf], true],
    ['lone continuation', [0x80], false],
    ['overlong 2-byte', [0xc0, 0xaf], false],
    ['overlong 3-byte', [0xe0, 0x80, 0xaf], false],
    ['overlong 4-byte', [0xf0, 0x80, 0x80, 0xaf], false],
    ['surrogate', [0xed, 0xa0, 0x80], false],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], false],
    ['invalid lead F5', [0xf5, 0x80, 0x80, 0x80], false],
    ['truncated 3-byte', [0xe2, 0x98], false],
    ['bad second continuation', [0xe2, 0x98, 0x41], false],
  ];
  it.each(cases)('%s', (_, bytes, expected) => {
    const decoded = decodeAll(Uint8Array.from(bytes));
    expect(decoded !== undefined).toBe(expected);
    if (expected) expect(new TextEncoder().encode(decoded)).toEqual(Uint8Array.from(bytes));
    // Agrees with the platform's strict decoder.
    let strict = true;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
    } catch {
      strict = false;
    }
    expect(strict).toBe(expected);
  });
});
