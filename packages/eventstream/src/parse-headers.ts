import { decodeUtf8 } from './decode-utf8';
import { defineHeader } from './define-header';
import type { EventStreamHeaderValue } from './event-stream-message';
import { malformedFrame as malformed } from './malformed-frame';
import { VALUE_LENGTH_BYTES } from './wire-format';

/** Header value type by type code (the byte after the name); `boolean` covers true (0) and false (1). */
const HEADER_TYPES = ['boolean', 'boolean', 'byte', 'short', 'integer', 'long', 'binary', 'string', 'timestamp', 'uuid'] as const;
/** Value bytes by type code; binary and string carry a uint16 length instead (0 here). */
const HEADER_VALUE_BYTES = [0, 0, 1, 2, 4, 8, 0, 0, 8, 16] as const;

/** `header ":event-type"`: JSON quoting shows empty, blank or control-character names. */
const describe = (name: string): string => `header ${JSON.stringify(name)}`;

/**
 * Parses the header block `bytes[start, end)`. Every length is checked
 * against `end` before it is used, so a bad block is a `StreamError`
 * (`HeaderOverrun`, `InvalidHeaderName`, `InvalidHeaderType`, ...), never a
 * RangeError or an out-of-bounds read. Values are read in place: only a
 * binary value becomes a view, so a string header allocates just its string.
 */
export function parseHeaders(bytes: Uint8Array, start: number, end: number): Record<string, EventStreamHeaderValue> {
  const headers: Record<string, EventStreamHeaderValue> = {};
  let offset = start;
  while (offset < end) {
    const nameEnd = offset + 1 + bytes[offset]!;
    const typeCode = bytes[nameEnd]!;
    let valueStart = nameEnd + 1;
    let valueEnd = valueStart + (HEADER_VALUE_BYTES[typeCode] ?? 0);
    if (typeCode === 6 || typeCode === 7) {
      // binary or string: a uint16 length first.
      valueStart += VALUE_LENGTH_BYTES;
      valueEnd = valueStart + ((bytes[nameEnd + 1]! << 8) | bytes[nameEnd + 2]!);
    }
    // One check covers the name, the type byte, the value length and the value: bytes read past
    // `end` are the payload's or `undefined`, and only decide the error, which this reports first.
    if (valueEnd > end) malformed('HeaderOverrun', `header at byte ${offset - start} overruns the header block`);
    // `||`: an empty name is as invalid as one that is not UTF-8.
    const name = decodeUtf8(bytes, offset + 1, nameEnd) || malformed('InvalidHeaderName', 'header name is empty or not UTF-8');
    const type = HEADER_TYPES[typeCode];
    if (Object.hasOwn(headers, name)) malformed('DuplicateHeader', `${describe(name)} appears twice`);
    if (type === undefined) return malformed('InvalidHeaderType', `${describe(name)} has type code ${typeCode}; valid codes are 0-9`);
    const value =
      readValue(bytes, valueStart, valueEnd, typeCode) ??
      malformed('InvalidHeaderValue', `${type} ${describe(name)} is not ${type === 'string' ? 'UTF-8' : 'a valid Date'}`);
    defineHeader(headers, name, { type, value } as EventStreamHeaderValue);
    offset = valueEnd;
  }
  return headers;
}

/**
 * The value of a header with `typeCode` from exactly its value bytes `bytes[start, end)`,
 * or `undefined` for a string that is not UTF-8 or a timestamp a `Date` cannot hold.
 */
function readValue(bytes: Uint8Array, start: number, end: number, typeCode: number): EventStreamHeaderValue['value'] | undefined {
  const type = HEADER_TYPES[typeCode];
  if (type === 'string') return decodeUtf8(bytes, start, end);
  if (type === 'binary') return bytes.subarray(start, end);
  if (type === 'boolean') return typeCode === 0;
  // Hex digits of the value, two per byte (+ 256 keeps a leading zero).
  let hex = '';
  for (let i = start; i < end; i++) hex += (bytes[i]! + 256).toString(16).slice(1);
  if (type === 'uuid') return hex.replace(/(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
  // byte, short, integer, long and timestamp: big-endian two's complement of 1, 2, 4 or 8 bytes.
  const integer = BigInt.asIntN((end - start) * 8, BigInt(`0x${hex}`));
  if (type === 'long') return integer;
  if (type !== 'timestamp') return Number(integer);
  // Beyond ±8.64e15 ms a Date is invalid: refused rather than decoded to an Invalid Date.
  const date = new Date(Number(integer));
  return Number.isNaN(date.getTime()) ? undefined : date;
}
