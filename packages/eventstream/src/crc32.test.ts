import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';
import { createSeededRandom } from './seeded-random.test-support';

describe('crc32', () => {
  it('gives the standard check value for "123456789"', () => {
    expect(crc32(new TextEncoder().encode('123456789'), 0, 9)).toBe(0xcbf43926);
  });

  it('is 0 for an empty range', () => {
    expect(crc32(new Uint8Array(5), 2, 2)).toBe(0);
  });

  it('matches zlib for every length 0..300 at unaligned offsets', () => {
    const random = createSeededRandom(7);
    const bytes = new Uint8Array(320).map(() => random.int(256));
    for (let length = 0; length <= 300; length++) {
      const start = length % 11;
      expect(crc32(bytes, start, start + length)).toBe(zlibCrc32(bytes.subarray(start, start + length)));
    }
  });

  it('matches zlib on a 1 MiB buffer', () => {
    const random = createSeededRandom(8);
    const bytes = new Uint8Array(1 << 20).map(() => random.int(256));
    expect(crc32(bytes, 0, bytes.length)).toBe(zlibCrc32(bytes));
  });
});
