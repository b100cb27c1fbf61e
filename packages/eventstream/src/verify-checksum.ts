import { crc32 } from './crc32';
import { createFrameError } from './create-frame-error';
import { readUint32 } from './read-uint32';

const hex = (value: number): string => `0x${value.toString(16).padStart(8, '0')}`;

/**
 * Checks the CRC-32 stored right after `bytes[start, end)` against those bytes.
 * @throws StreamError `PreludeChecksumMismatch` or `MessageChecksumMismatch`.
 */
export function verifyChecksum(part: 'Prelude' | 'Message', bytes: Uint8Array, start: number, end: number): void {
  const expected = readUint32(bytes, end);
  const actual = crc32(bytes, start, end);
  if (expected !== actual) {
    throw createFrameError(
      `${part}ChecksumMismatch`,
      `${part} checksum mismatch: the frame declares CRC-32 ${hex(expected)} but its ${end - start} bytes hash to ${hex(actual)}. ` +
        'The stream is corrupted; send the request again.',
    );
  }
}
