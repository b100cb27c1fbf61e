/**
 * Numbers of the `application/vnd.amazon.eventstream` wire format.
 * See https://docs.aws.amazon.com/transcribe/latest/dg/streaming-setting-up.html#streaming-event-stream
 * and aws-sdk-go `private/protocol/eventstream` for the reference layout:
 *
 * | bytes | field |
 * | --- | --- |
 * | 4 | total length (big-endian uint32, the whole frame) |
 * | 4 | headers length (big-endian uint32) |
 * | 4 | prelude CRC-32 over the 8 bytes above |
 * | headers length | headers |
 * | rest | payload |
 * | 4 | message CRC-32 over everything before it |
 */

/** Offset of the headers-length field (the total length is at 0). */
export const HEADERS_LENGTH_OFFSET = 4;
/** Bytes of the two length fields. */
export const PRELUDE_BYTES = 8;
/** Bytes of each CRC-32 field. */
export const CHECKSUM_BYTES = 4;
/** Prelude plus its CRC: what must be present before anything is trusted. */
export const PRELUDE_WITH_CHECKSUM_BYTES = PRELUDE_BYTES + CHECKSUM_BYTES;
/** An empty frame: prelude, prelude CRC, message CRC. */
export const MINIMUM_FRAME_BYTES = PRELUDE_WITH_CHECKSUM_BYTES + CHECKSUM_BYTES;
/**
 * The largest event-stream frame the decoder accepts, in bytes: 16 MiB, the service's limit on one
 * message. A prelude that declares more fails as soon as its 12 bytes arrive, before the frame's
 * bytes do; `maxMessageBytes` can only lower it.
 */
export const MAX_EVENT_STREAM_MESSAGE_BYTES = 16_777_216;
/** The decoder's default cap: the limit itself. */
export const DEFAULT_MAX_MESSAGE_BYTES = MAX_EVENT_STREAM_MESSAGE_BYTES;
/** Largest value a uint32 length field can hold. */
export const MAX_UINT32 = 0xffff_ffff;
/** A header name's length is one unsigned byte. */
export const MAX_HEADER_NAME_BYTES = 0xff;
/** Binary and string header values carry a big-endian uint16 length... */
export const VALUE_LENGTH_BYTES = 2;
/** ...so they hold at most this many bytes. */
export const MAX_HEADER_VALUE_BYTES = 0xffff;
/** Bytes of a UUID header value. */
export const UUID_BYTES = 16;

/** Header value type codes (the byte after the header name). */
export const HeaderTypeCode = {
  booleanTrue: 0,
  booleanFalse: 1,
  byte: 2,
  short: 3,
  integer: 4,
  long: 5,
  binary: 6,
  string: 7,
  timestamp: 8,
  uuid: 9,
} as const;

/** Header value type by type code: what each code decodes to. */
export const HEADER_TYPES = ['boolean', 'boolean', 'byte', 'short', 'integer', 'long', 'binary', 'string', 'timestamp', 'uuid'] as const;
/** Value bytes by type code; binary and string (0 here) carry a uint16 length first instead. */
export const HEADER_VALUE_BYTES = [0, 0, 1, 2, 4, 8, 0, 0, 8, UUID_BYTES] as const;
