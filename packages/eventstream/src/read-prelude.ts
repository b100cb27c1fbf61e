import { createFrameError, type EventStreamFault } from './create-frame-error';
import { readUint32 } from './read-uint32';
import { verifyChecksum } from './verify-checksum';
import { HEADERS_LENGTH_OFFSET, MINIMUM_FRAME_BYTES, PRELUDE_BYTES } from './wire-format';

function badLength(fault: EventStreamFault, totalLength: number, problem: string): never {
  throw createFrameError(fault, `Event-stream frame declares ${totalLength} bytes, ${problem}.`);
}

/**
 * Validates the 12-byte prelude at `offset` (the caller guarantees 12 bytes
 * are there) and returns the frame's total length. The prelude CRC is checked
 * first: until it matches, the lengths are not trusted, so a corrupted length
 * can neither make a streaming decoder wait for bytes that never come nor allocate.
 */
export function readPrelude(bytes: Uint8Array, offset: number, maxMessageBytes: number): number {
  verifyChecksum('Prelude', bytes, offset, offset + PRELUDE_BYTES);
  const totalLength = readUint32(bytes, offset);
  if (totalLength < MINIMUM_FRAME_BYTES) badLength('FrameTooSmall', totalLength, 'under the 16-byte minimum; the stream is malformed');
  if (totalLength > maxMessageBytes) badLength('FrameTooLarge', totalLength, `over maxMessageBytes (${maxMessageBytes}); raise it if such frames are expected`);
  if (readUint32(bytes, offset + HEADERS_LENGTH_OFFSET) > totalLength - MINIMUM_FRAME_BYTES) {
    badLength('HeadersLengthOverrun', totalLength, 'too few for its headers length; the stream is malformed');
  }
  return totalLength;
}
