import { crc32 } from './crc32';
import { createFrameError } from './create-frame-error';
import type { EventStreamMessage } from './event-stream-message';
import { parseHeaders } from './parse-headers';
import type { Prelude } from './read-prelude';
import { readUint32 } from './read-uint32';
import { CHECKSUM_BYTES, PRELUDE_WITH_CHECKSUM_BYTES } from './wire-format';

/**
 * Decodes the frame at `bytes[start, start + prelude.totalLength)`, whose
 * prelude `readPrelude` has already verified and whose bytes are all present.
 * Checks the message CRC before reading a single header. The payload and
 * binary header values are views into `bytes`, not copies.
 */
export function decodeFrame(bytes: Uint8Array, start: number, prelude: Prelude): EventStreamMessage {
  const checksumAt = start + prelude.totalLength - CHECKSUM_BYTES;
  const expected = readUint32(bytes, checksumAt);
  const actual = crc32(bytes, start, checksumAt);
  if (expected !== actual) {
    throw createFrameError(
      'MessageChecksumMismatch',
      `Message checksum mismatch: the frame declares CRC-32 0x${expected.toString(16).padStart(8, '0')} ` +
        `but its ${prelude.totalLength - CHECKSUM_BYTES} bytes hash to 0x${actual.toString(16).padStart(8, '0')}. ` +
        'The stream is corrupted; send the request again.',
    );
  }
  const headersStart = start + PRELUDE_WITH_CHECKSUM_BYTES;
  const headersEnd = headersStart + prelude.headersLength;
  return {
    headers: parseHeaders(bytes, headersStart, headersEnd),
    payload: bytes.subarray(headersEnd, checksumAt),
  };
}
