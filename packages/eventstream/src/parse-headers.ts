import { createFrameError } from './create-frame-error';
import { decodeUtf8 } from './decode-utf8';
import { defineHeader } from './define-header';
import type { EventStreamHeaderValue } from './event-stream-message';
import { readUint32 } from './read-uint32';
import { HeaderTypeCode, UUID_BYTES, VALUE_LENGTH_BYTES } from './wire-format';

/** Timestamps outside what `Date` can hold (±8.64e15 ms) are refused rather than decoded to an Invalid Date. */
const MAX_DATE_MS = 8.64e15;

/** Fixed value sizes by type code; binary and string carry a uint16 length instead. */
const fixedValueBytes: Record<number, number> = {
  [HeaderTypeCode.booleanTrue]: 0,
  [HeaderTypeCode.booleanFalse]: 0,
  [HeaderTypeCode.byte]: 1,
  [HeaderTypeCode.short]: 2,
  [HeaderTypeCode.integer]: 4,
  [HeaderTypeCode.long]: 8,
  [HeaderTypeCode.timestamp]: 8,
  [HeaderTypeCode.uuid]: UUID_BYTES,
};

/** `what` says which part ran past the block, e.g. `a header name` or `the value of header "x"`. */
function overrun(what: string, needed: number, left: number): never {
  throw createFrameError(
    'HeaderOverrun',
    `Event-stream ${what} needs ${needed} more bytes but the frame's header block has ${left} left. The stream is malformed.`,
  );
}

function readInt64(bytes: Uint8Array, offset: number): bigint {
  const high = BigInt(readUint32(bytes, offset) | 0);
  return (high << 32n) | BigInt(readUint32(bytes, offset + 4));
}

function formatUuid(bytes: Uint8Array, offset: number): string {
  let hex = '';
  for (let i = 0; i < UUID_BYTES; i++) hex += bytes[offset + i]!.toString(16).padStart(2, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Parses the header block `bytes[start, end)`. Every length is checked
 * against `end` before it is used, so a bad block is a `StreamError`
 * (`HeaderOverrun`, `InvalidHeaderName`, `InvalidHeaderType`, ...), never a
 * RangeError or an out-of-bounds read.
 */
export function parseHeaders(bytes: Uint8Array, start: number, end: number): Record<string, EventStreamHeaderValue> {
  const headers: Record<string, EventStreamHeaderValue> = {};
  let offset = start;
  while (offset < end) {
    const nameLength = bytes[offset]!;
    if (nameLength === 0) {
      throw createFrameError('InvalidHeaderName', 'Event-stream header has an empty name. The stream is malformed.');
    }
    offset += 1;
    // The name and the type byte must both fit.
    if (offset + nameLength + 1 > end) overrun('header name and type', nameLength + 1, end - offset);
    const name = decodeUtf8(bytes, offset, offset + nameLength);
    if (name === undefined) {
      throw createFrameError('InvalidHeaderName', 'Event-stream header name is not well-formed UTF-8. The stream is malformed.');
    }
    offset += nameLength;
    if (Object.hasOwn(headers, name)) {
      throw createFrameError(
        'DuplicateHeader',
        `Event-stream header ${JSON.stringify(name)} appears twice in one frame. The stream is malformed.`,
      );
    }
    const typeCode = bytes[offset]!;
    offset += 1;
    let size = fixedValueBytes[typeCode];
    if (size === undefined) {
      if (typeCode !== HeaderTypeCode.binary && typeCode !== HeaderTypeCode.string) {
        throw createFrameError(
          'InvalidHeaderType',
          `Event-stream header ${JSON.stringify(name)} has type code ${typeCode}; valid codes are 0-9. The stream is malformed.`,
        );
      }
      if (offset + VALUE_LENGTH_BYTES > end) overrun(`value length of header ${JSON.stringify(name)}`, VALUE_LENGTH_BYTES, end - offset);
      size = (bytes[offset]! << 8) | bytes[offset + 1]!;
      offset += VALUE_LENGTH_BYTES;
    }
    if (offset + size > end) overrun(`value of header ${JSON.stringify(name)}`, size, end - offset);
    defineHeader(headers, name, readValue(bytes, offset, size, typeCode, name));
    offset += size;
  }
  return headers;
}

/** Reads one value whose bytes `[offset, offset + size)` are known to be inside the header block. */
function readValue(bytes: Uint8Array, offset: number, size: number, typeCode: number, name: string): EventStreamHeaderValue {
  switch (typeCode) {
    case HeaderTypeCode.booleanTrue:
      return { type: 'boolean', value: true };
    case HeaderTypeCode.booleanFalse:
      return { type: 'boolean', value: false };
    case HeaderTypeCode.byte:
      return { type: 'byte', value: (bytes[offset]! << 24) >> 24 };
    case HeaderTypeCode.short:
      return { type: 'short', value: (((bytes[offset]! << 8) | bytes[offset + 1]!) << 16) >> 16 };
    case HeaderTypeCode.integer:
      return { type: 'integer', value: readUint32(bytes, offset) | 0 };
    case HeaderTypeCode.long:
      return { type: 'long', value: readInt64(bytes, offset) };
    case HeaderTypeCode.binary:
      return { type: 'binary', value: bytes.subarray(offset, offset + size) };
    case HeaderTypeCode.string: {
      const value = decodeUtf8(bytes, offset, offset + size);
      if (value === undefined) {
        throw createFrameError(
          'InvalidHeaderValue',
          `Event-stream string header ${JSON.stringify(name)} is not well-formed UTF-8. The stream is malformed.`,
        );
      }
      return { type: 'string', value };
    }
    case HeaderTypeCode.timestamp: {
      const millis = readInt64(bytes, offset);
      if (millis > BigInt(MAX_DATE_MS) || millis < -BigInt(MAX_DATE_MS)) {
        throw createFrameError(
          'InvalidHeaderValue',
          `Event-stream timestamp header ${JSON.stringify(name)} holds ${millis} ms, outside the range a Date can represent (±8.64e15). The stream is malformed.`,
        );
      }
      return { type: 'timestamp', value: new Date(Number(millis)) };
    }
    default:
      // HeaderTypeCode.uuid: parseHeaders has already refused every other code.
      return { type: 'uuid', value: formatUuid(bytes, offset) };
  }
}
