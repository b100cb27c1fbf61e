import { InputError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { decodeEventStreamMessage } from './decode-event-stream-message';
import { encodeEventStreamMessage } from './encode-event-stream-message';
import type { EventStreamHeaderValue } from './event-stream-message';

const roundTrip = (headers: Record<string, EventStreamHeaderValue>, payload = new Uint8Array(0)) =>
  decodeEventStreamMessage(encodeEventStreamMessage({ headers, payload }));

describe('encodeEventStreamMessage', () => {
  it('round-trips all nine value types at their limits, in order', () => {
    const headers: Record<string, EventStreamHeaderValue> = {
      yes: { type: 'boolean', value: true },
      no: { type: 'boolean', value: false },
      'byte min': { type: 'byte', value: -128 },
      'byte max': { type: 'byte', value: 127 },
      'short min': { type: 'short', value: -32768 },
      'short max': { type: 'short', value: 32767 },
      'int min': { type: 'integer', value: -(2 ** 31) },
      'int max': { type: 'integer', value: 2 ** 31 - 1 },
      'long min': { type: 'long', value: -(2n ** 63n) },
      'long max': { type: 'long', value: 2n ** 63n - 1n },
      'binary empty': { type: 'binary', value: new Uint8Array(0) },
      'binary max': { type: 'binary', value: new Uint8Array(65535).fill(7) },
      'string empty': { type: 'string', value: '' },
      'string unicode': { type: 'string', value: 'héllo ☃ 😀 \u0000' },
      'string long': { type: 'string', value: 'é'.repeat(32767) },
      'before epoch': { type: 'timestamp', value: new Date(-1) },
      'latest date': { type: 'timestamp', value: new Date(8.64e15) },
      uuid: { type: 'uuid', value: 'a1b2c3d4-0000-ffff-8000-0123456789ab' },
    };
    const message = roundTrip(headers, Uint8Array.of(1, 2, 3));
    expect(Object.keys(message.headers)).toEqual(Object.keys(headers));
    expect(message.headers).toEqual(headers);
    expect(message.payload).toEqual(Uint8Array.of(1, 2, 3));
  });

  it('writes the documented layout: lengths, prelude CRC, headers, payload, message CRC', () => {
    const frame = encodeEventStreamMessage({ headers: { a: { type: 'byte', value: -1 } }, payload: Uint8Array.of(9) });
    const view = new DataView(frame.buffer);
    expect(frame.length).toBe(16 + 4 + 1);
    expect(view.getUint32(0)).toBe(21);
    expect(view.getUint32(4)).toBe(4);
    expect(Array.from(frame.subarray(12, 17))).toEqual([1, 0x61, 2, 0xff, 9]);
  });

  it('writes a uuid given in upper case as bytes, which decode to lower case', () => {
    const message = roundTrip({ id: { type: 'uuid', value: 'A1B2C3D4-0000-FFFF-8000-0123456789AB' } });
    expect(message.headers.id).toEqual({ type: 'uuid', value: 'a1b2c3d4-0000-ffff-8000-0123456789ab' });
  });

  it('keeps a header named __proto__ as an ordinary header', () => {
    const headers: Record<string, EventStreamHeaderValue> = {};
    Object.defineProperty(headers, '__proto__', { value: { type: 'string', value: 'x' }, enumerable: true });
    const message = roundTrip(headers);
    expect(Object.getPrototypeOf(message.headers)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(message.headers, '__proto__')?.value).toEqual({ type: 'string', value: 'x' });
  });

  it('encodes a payload larger than the decoder default (tests need oversized frames)', () => {
    const frame = encodeEventStreamMessage({ headers: {}, payload: new Uint8Array(16 * 1024 * 1024) });
    expect(frame.length).toBe(16 * 1024 * 1024 + 16);
  });

  const invalid: [string, unknown, RegExp][] = [
    ['a byte out of range', { type: 'byte', value: 128 }, /integer from -128 to 127/],
    ['a fractional short', { type: 'short', value: 1.5 }, /integer from -32768 to 32767/],
    ['an integer out of range', { type: 'integer', value: 2 ** 31 }, /integer from -2147483648 to 2147483647/],
    ['a long given as a number', { type: 'long', value: 1 }, /must be a bigint/],
    ['a long out of range', { type: 'long', value: 2n ** 63n }, /must be a bigint/],
    ['a binary value over 65,535 bytes', { type: 'binary', value: new Uint8Array(65536) }, /at most 65535 bytes, got 65536/],
    ['a binary value that is a string', { type: 'binary', value: 'abc' }, /must be a Uint8Array/],
    ['a string over 65,535 bytes of UTF-8', { type: 'string', value: 'é'.repeat(32768) }, /at most 65535 bytes, got 65536/],
    ['an invalid Date', { type: 'timestamp', value: new Date(Number.NaN) }, /valid Date/],
    ['a timestamp given as a number', { type: 'timestamp', value: 0 }, /valid Date/],
    ['a malformed uuid', { type: 'uuid', value: '0102030405060708090a0b0c0d0e0f10' }, /8-4-4-4-12 hex digits/],
    ['a boolean given as a string', { type: 'boolean', value: 'true' }, /true or false/],
    ['an unknown type', { type: 'float', value: 1 }, /unknown type "float"/],
    ['a bare value', 'text', /must be a \{ type, value \} object/],
  ];

  it.each(invalid)('refuses %s with an InputError naming the header', (_, value, rule) => {
    const encode = () => encodeEventStreamMessage({ headers: { h: value as EventStreamHeaderValue }, payload: new Uint8Array(0) });
    expect(encode).toThrow(InputError);
    expect(encode).toThrow(rule);
    expect(encode).toThrow(/Event-stream header "h"/);
  });

  it('refuses header names of 0 or over 255 bytes', () => {
    const value: EventStreamHeaderValue = { type: 'boolean', value: true };
    expect(() => encodeEventStreamMessage({ headers: { '': value }, payload: new Uint8Array(0) })).toThrow(/1 to 255 bytes of UTF-8, got 0/);
    expect(() => encodeEventStreamMessage({ headers: { ['é'.repeat(128)]: value }, payload: new Uint8Array(0) })).toThrow(/got 256/);
    expect(roundTrip({ ['n'.repeat(255)]: value }).headers['n'.repeat(255)]).toEqual(value);
  });

  it('refuses a payload that is not bytes, and missing headers', () => {
    expect(() => encodeEventStreamMessage({ headers: {}, payload: 'x' as unknown as Uint8Array })).toThrow(/payload must be a Uint8Array/);
    expect(() => encodeEventStreamMessage({ headers: null as never, payload: new Uint8Array(0) })).toThrow(InputError);
  });
});
