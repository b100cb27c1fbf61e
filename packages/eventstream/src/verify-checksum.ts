import { crc32 } from './crc32';
import { createFrameError } from './create-frame-error';
import { readUint32 } from './read-uint32';

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
      `${part} checksum mismatch: the event stream is corrupted; send the request again.`,
    );
  }
}
