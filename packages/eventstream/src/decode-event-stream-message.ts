import { createFrameError } from './create-frame-error';
import { decodeFrame } from './decode-frame';
import type { EventStreamDecoderOptions, EventStreamMessage } from './event-stream-message';
import { readPrelude } from './read-prelude';
import { resolveMaxMessageBytes } from './resolve-max-message-bytes';
import { PRELUDE_WITH_CHECKSUM_BYTES } from './wire-format';

/**
 * Decodes exactly one whole event-stream frame: prelude CRC (before the
 * lengths are trusted), lengths, message CRC, headers, payload. For a byte
 * stream use `createEventStreamDecoder`.
 *
 * The returned payload (and any binary header value) is a view into `frame`.
 *
 * @throws StreamError naming the fault in `errorType`: `PreludeChecksumMismatch`,
 * `MessageChecksumMismatch`, `TruncatedFrame`, `FrameLengthMismatch`, `FrameTooSmall`,
 * `FrameTooLarge`, `HeadersLengthOverrun`, `HeaderOverrun`, `InvalidHeaderName`,
 * `InvalidHeaderType`, `InvalidHeaderValue`, `DuplicateHeader`.
 * @throws ConfigError when `maxMessageBytes` is not an integer from 16 to 16 MiB (`MAX_EVENT_STREAM_MESSAGE_BYTES`).
 * @example
 * const message = decodeEventStreamMessage(frameBytes);
 * readStringHeader(message, ':event-type'); // 'chunk'
 */
export function decodeEventStreamMessage(frame: Uint8Array, options?: EventStreamDecoderOptions): EventStreamMessage {
  const maxMessageBytes = resolveMaxMessageBytes(options);
  // Fewer bytes than a prelude: there is no length to read yet.
  const totalLength = frame.length < PRELUDE_WITH_CHECKSUM_BYTES ? PRELUDE_WITH_CHECKSUM_BYTES : readPrelude(frame, 0, maxMessageBytes);
  if (frame.length !== totalLength) {
    throw createFrameError(
      frame.length < totalLength ? 'TruncatedFrame' : 'FrameLengthMismatch',
      `Event-stream frame has ${frame.length} bytes, but needs ${totalLength}: pass exactly one whole frame, or use createEventStreamDecoder for a byte stream.`,
    );
  }
  return decodeFrame(frame, 0, totalLength);
}
