import type { EventStreamMessage } from './event-stream-message';
import { parseHeaders } from './parse-headers';
import type { Prelude } from './read-prelude';
import { verifyChecksum } from './verify-checksum';
import { CHECKSUM_BYTES, PRELUDE_WITH_CHECKSUM_BYTES } from './wire-format';

/**
 * Decodes the frame at `bytes[start, start + prelude.totalLength)`, whose
 * prelude `readPrelude` has already verified and whose bytes are all present.
 * Checks the message CRC before reading a single header. The payload and
 * binary header values are views into `bytes`, not copies.
 */
export function decodeFrame(bytes: Uint8Array, start: number, prelude: Prelude): EventStreamMessage {
  const checksumAt = start + prelude.totalLength - CHECKSUM_BYTES;
  verifyChecksum('Message', bytes, start, checksumAt);
  const headersStart = start + PRELUDE_WITH_CHECKSUM_BYTES;
  const headersEnd = headersStart + prelude.headersLength;
  return {
    headers: parseHeaders(bytes, headersStart, headersEnd),
    payload: bytes.subarray(headersEnd, checksumAt),
  };
}
