import type { EventStreamMessage } from './event-stream-message';
import { parseHeaders } from './parse-headers';
import { readUint32 } from './read-uint32';
import { verifyChecksum } from './verify-checksum';
import { CHECKSUM_BYTES, HEADERS_LENGTH_OFFSET, PRELUDE_WITH_CHECKSUM_BYTES } from './wire-format';

/**
 * Decodes the frame at `bytes[start, start + totalLength)`, whose prelude
 * `readPrelude` has already verified and whose bytes are all present.
 * Checks the message CRC before reading a single header. The payload and
 * binary header values are views into `bytes`, not copies.
 */
export function decodeFrame(bytes: Uint8Array, start: number, totalLength: number): EventStreamMessage {
  const checksumAt = start + totalLength - CHECKSUM_BYTES;
  verifyChecksum('Message', bytes, start, checksumAt);
  const headersStart = start + PRELUDE_WITH_CHECKSUM_BYTES;
  const headersEnd = headersStart + readUint32(bytes, start + HEADERS_LENGTH_OFFSET);
  return {
    headers: parseHeaders(bytes, headersStart, headersEnd),
    payload: bytes.subarray(headersEnd, checksumAt),
  };
}
