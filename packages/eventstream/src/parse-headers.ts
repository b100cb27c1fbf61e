import { createFrameError, type EventStreamFault } from './create-frame-error';
import { decodeUtf8 } from './decode-utf8';
import { defineHeader } from './define-header';
import type { EventStreamHeaderValue } from './event-stream-message';
import { HEADER_TYPES, HEADER_VALUE_BYTES, HeaderTypeCode, VALUE_LENGTH_BYTES } from './wire-format';

/** Timestamps outside what `Date` can hold (±8.64e15 ms) are refused rather than decoded to an Invalid Date. */
const MAX_DATE_MS = 8_640_000_000_000_000n;

function malformed(fault: EventStreamFault, problem: string): never {
  throw createFrameError(fault, `Event-stream ${problem}. The stream is malformed.`);
}

/** `what` says which part ran past the block, e.g. `a header name` or `the value of header "x"`. */
function overrun(what: string, needed: number, left: number): never {
  return malformed('HeaderOverrun', `${what} needs ${needed} more bytes but the frame's header block has ${left} left`);
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
    const nameLength = bytes[offset++]!;
    if (nameLength === 0) malformed('InvalidHeaderName', 'header has an empty name');
    // The name and the type byte must both fit.
    if (offset + nameLength + 1 > end) overrun('header name and type', nameLength + 1, end - offset);
    const name = decodeUtf8(bytes, offset, (offset += nameLength));
    if (name === undefined) return malformed('InvalidHeaderName', 'header name is not well-formed UTF-8');
    if (Object.hasOwn(headers, name)) malformed('DuplicateHeader', `header ${JSON.stringify(name)} appears twice in one frame`);
    const typeCode = bytes[offset++]!;
    const type = HEADER_TYPES[typeCode];
    if (type === undefined) {
      return malformed('InvalidHeaderType', `header ${JSON.stringify(name)} has type code ${typeCode}; valid codes are 0-9`);
    }
    let size: number = HEADER_VALUE_BYTES[typeCode]!;
    if (type === 'string' || type === 'binary') {
      if (offset + VALUE_LENGTH_BYTES > end) overrun(`value length of header ${JSON.stringify(name)}`, VALUE_LENGTH_BYTES, end - offset);
      size = (bytes[offset]! << 8) | bytes[offset + 1]!;
      offset += VALUE_LENGTH_BYTES;
    }
    if (offset + size > end) overrun(`value of header ${JSON.stringify(name)}`, size, end - offset);
    const value = bytes.subarray(offset, (offset += size));
    defineHeader(headers, name, { type, value: type === 'binary' ? value : readValue(value, typeCode, name) } as EventStreamHeaderValue);
  }
  return headers;
}

/** The value of a header that is not binary, from exactly its value bytes. */
function readValue(value: Uint8Array, typeCode: number, name: string): EventStreamHeaderValue['value'] {
  if (typeCode === HeaderTypeCode.string) {
    return decodeUtf8(value, 0, value.length) ?? malformed('InvalidHeaderValue', `string header ${JSON.stringify(name)} is not well-formed UTF-8`);
  }
  if (typeCode < HeaderTypeCode.byte) return typeCode === HeaderTypeCode.booleanTrue;
  if (typeCode === HeaderTypeCode.uuid) {
    const hex = Array.from(value, (byte) => byte.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  const view = new DataView(value.buffer, value.byteOffset, value.length);
  if (typeCode === HeaderTypeCode.byte) return view.getInt8(0);
  if (typeCode === HeaderTypeCode.short) return view.getInt16(0);
  if (typeCode === HeaderTypeCode.integer) return view.getInt32(0);
  const long = view.getBigInt64(0);
  if (typeCode === HeaderTypeCode.long) return long;
  if (long > MAX_DATE_MS || long < -MAX_DATE_MS) {
    malformed('InvalidHeaderValue', `timestamp header ${JSON.stringify(name)} holds ${long} ms, outside the range a Date can represent (±8.64e15)`);
  }
  return new Date(Number(long));
}
