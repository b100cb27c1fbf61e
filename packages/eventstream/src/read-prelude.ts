import { createFrameError } from './create-frame-error';
import { readUint32 } from './read-uint32';
import { verifyChecksum } from './verify-checksum';
import { HEADERS_LENGTH_OFFSET, MINIMUM_FRAME_BYTES, PRELUDE_BYTES } from './wire-format';

/** The two length fields of a frame, once its prelude CRC has been verified. */
export interface Prelude {
  totalLength: number;
  headersLength: number;
}

/**
 * Validates the 12-byte prelude at `offset` (the caller guarantees 12 bytes
 * are there). The prelude CRC is checked first: until it matches, the
 * lengths are not trusted, so a corrupted length can neither make a
 * streaming decoder wait for bytes that never come nor allocate.
 */
export function readPrelude(bytes: Uint8Array, offset: number, maxMessageBytes: number): Prelude {
  verifyChecksum('Prelude', bytes, offset, offset + PRELUDE_BYTES);
  const totalLength = readUint32(bytes, offset);
  const headersLength = readUint32(bytes, offset + HEADERS_LENGTH_OFFSET);
  if (totalLength < MINIMUM_FRAME_BYTES) {
    throw createFrameError(
      'FrameTooSmall',
      `Event-stream frame declares ${totalLength} bytes, under the ${MINIMUM_FRAME_BYTES}-byte minimum. The stream is malformed.`,
    );
  }
  if (totalLength > maxMessageBytes) {
    throw createFrameError(
      'FrameTooLarge',
      `Event-stream frame declares ${totalLength} bytes, over the limit of ${maxMessageBytes}. ` +
        'The stream is malformed, or raise `maxMessageBytes` if you expect frames this large.',
    );
  }
  if (headersLength > totalLength - MINIMUM_FRAME_BYTES) {
    throw createFrameError(
      'HeadersLengthOverrun',
      `Event-stream frame declares ${headersLength} bytes of headers; its length leaves room for ${totalLength - MINIMUM_FRAME_BYTES}. The stream is malformed.`,
    );
  }
  return { totalLength, headersLength };
}
