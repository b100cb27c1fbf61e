import { InputError } from '@bedrock-kit/core';
import type { EventStreamHeaderValue } from './event-stream-message';
import { HeaderTypeCode, MAX_HEADER_NAME_BYTES, MAX_HEADER_VALUE_BYTES, UUID_BYTES, VALUE_LENGTH_BYTES } from './wire-format';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

let encoder: TextEncoder | undefined;
const utf8 = (text: string): Uint8Array => (encoder ??= new TextEncoder()).encode(text);

function invalid(name: string, rule: string): never {
  throw new InputError({ message: `Event-stream header ${JSON.stringify(name)}: ${rule}.` });
}

function integerIn(name: string, value: unknown, bits: number, type: string): number {
  const limit = 2 ** (bits - 1);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < -limit || value >= limit) {
    invalid(name, `a '${type}' value must be an integer from ${-limit} to ${limit - 1}, got ${String(value)}`);
  }
  return value;
}

function int64Bytes(value: bigint): Uint8Array {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigInt64(0, value);
  return bytes;
}

/** The value bytes of one header, after checking them against the wire format's rules. */
function prepareValue(name: string, header: EventStreamHeaderValue): [code: number, bytes: Uint8Array, lengthPrefixed: boolean] {
  const { type, value } = header as { type: unknown; value: unknown };
  switch (type) {
    case 'boolean':
      if (typeof value !== 'boolean') invalid(name, `a 'boolean' value must be true or false`);
      return [value ? HeaderTypeCode.booleanTrue : HeaderTypeCode.booleanFalse, new Uint8Array(0), false];
    case 'byte':
      return [HeaderTypeCode.byte, Uint8Array.of(integerIn(name, value, 8, type)), false];
    case 'short': {
      const n = integerIn(name, value, 16, type);
      return [HeaderTypeCode.short, Uint8Array.of(n >> 8, n), false];
    }
    case 'integer': {
      const n = integerIn(name, value, 32, type);
      return [HeaderTypeCode.integer, Uint8Array.of(n >> 24, n >> 16, n >> 8, n), false];
    }
    case 'long':
      if (typeof value !== 'bigint' || value < INT64_MIN || value > INT64_MAX) {
        invalid(name, `a 'long' value must be a bigint from -(2n ** 63n) to 2n ** 63n - 1n`);
      }
      return [HeaderTypeCode.long, int64Bytes(value), false];
    case 'binary':
      if (!(value instanceof Uint8Array)) invalid(name, `a 'binary' value must be a Uint8Array`);
      return [HeaderTypeCode.binary, value, true];
    case 'string':
      if (typeof value !== 'string') invalid(name, `a 'string' value must be a string`);
      return [HeaderTypeCode.string, utf8(value), true];
    case 'timestamp':
      if (!(value instanceof Date) || Number.isNaN(value.getTime())) invalid(name, `a 'timestamp' value must be a valid Date`);
      return [HeaderTypeCode.timestamp, int64Bytes(BigInt(value.getTime())), false];
    case 'uuid': {
      if (typeof value !== 'string' || !UUID_PATTERN.test(value)) {
        invalid(name, `a 'uuid' value must be 8-4-4-4-12 hex digits, e.g. 01020304-0506-0708-090a-0b0c0d0e0f10`);
      }
      const hex = value.replaceAll('-', '');
      const bytes = new Uint8Array(UUID_BYTES);
      for (let i = 0; i < UUID_BYTES; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
      return [HeaderTypeCode.uuid, bytes, false];
    }
    default:
      return invalid(
        name,
        `unknown type ${JSON.stringify(type)}; use boolean, byte, short, integer, long, binary, string, timestamp or uuid`,
      );
  }
}

/**
 * One header in wire form: name length, name, type code, then the value
 * (with a uint16 length first for binary and string).
 * @throws InputError naming the header and the rule it breaks.
 */
export function prepareHeader(name: string, header: EventStreamHeaderValue): Uint8Array {
  const nameBytes = utf8(name);
  if (nameBytes.length === 0 || nameBytes.length > MAX_HEADER_NAME_BYTES) {
    invalid(name, `a name must be 1 to ${MAX_HEADER_NAME_BYTES} bytes of UTF-8, got ${nameBytes.length}`);
  }
  if (typeof header !== 'object' || header === null) invalid(name, 'the value must be a { type, value } object');
  const [code, value, lengthPrefixed] = prepareValue(name, header);
  if (lengthPrefixed && value.length > MAX_HEADER_VALUE_BYTES) {
    invalid(name, `a ${header.type} value must be at most ${MAX_HEADER_VALUE_BYTES} bytes, got ${value.length}`);
  }
  const prefix = lengthPrefixed ? VALUE_LENGTH_BYTES : 0;
  const out = new Uint8Array(1 + nameBytes.length + 1 + prefix + value.length);
  out[0] = nameBytes.length;
  out.set(nameBytes, 1);
  let offset = 1 + nameBytes.length;
  out[offset++] = code;
  if (lengthPrefixed) {
    out[offset++] = value.length >> 8;
    out[offset++] = value.length;
  }
  out.set(value, offset);
  return out;
}
