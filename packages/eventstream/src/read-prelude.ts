import { createFrameError } from './create-frame-error';
import { malformedFrame } from './malformed-frame';
import { readUint32 } from './read-uint32';
import { verifyChecksum } from './verify-checksum';
import { HEADERS_LENGTH_OFFSET, MAX_EVENT_STREAM_MESSAGE_BYTES, MINIMUM_FRAME_BYTES, PRELUDE_BYTES } from './wire-format';

/**
 * Validates the 12-byte prelude at `offset` (the caller guarantees 12 bytes
 * are there) and returns the frame's total length. The prelude CRC is checked
 * first: until it matches, the lengths are not trusted, so a corrupted length
 * can neither make a streaming decoder wait for bytes that never come nor allocate.
 */
export function readPrelude(bytes: Uint8Array, offset: number, maxMessageBytes: number): number {
  verifyChecksum('Prelude', bytes, offset, offset + PRELUDE_BYTES);
  const totalLength = readUint32(bytes, offset);
  if (totalLength < MINIMUM_FRAME_BYTES) malformedFrame('FrameTooSmall', `frame declares ${totalLength} bytes, under the 16-byte minimum`);
  if (totalLength > maxMessageBytes) {
    const limit = maxMessageBytes === MAX_EVENT_STREAM_MESSAGE_BYTES ? `the ${maxMessageBytes}-byte (16 MiB) limit on one message` : `maxMessageBytes (${maxMessageBytes})`;
    throw createFrameError('FrameTooLarge', `Event-stream frame declares ${totalLength} bytes, over ${limit}; refused before its bytes arrive.`);
  }
  if (readUint32(bytes, offset + HEADERS_LENGTH_OFFSET) > totalLength - MINIMUM_FRAME_BYTES) {
    malformedFrame('HeadersLengthOverrun', `frame declares ${totalLength} bytes, fewer than its headers length`);
  }
  return totalLength;
}
