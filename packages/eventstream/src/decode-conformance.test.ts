import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StreamError } from '@bedrock-kit/core';
import { conformancePath } from '@bedrock-kit/test-utils';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';
import { decodeEventStreamMessage } from './decode-event-stream-message';
import { encodeEventStreamMessage } from './encode-event-stream-message';
import type { EventStreamHeaderValue } from './event-stream-message';

const root = conformancePath('eventstream');
const names = (kind: 'positive' | 'negative'): string[] => readdirSync(join(root, 'encoded', kind)).sort();
const encoded = (kind: string, name: string): Uint8Array => new Uint8Array(readFileSync(join(root, 'encoded', kind, name)));

interface ExpectedHeader {
  name: string;
  type: number;
  value: unknown;
}
interface Expected {
  total_length: number;
  headers_length: number;
  prelude_crc: number;
  message_crc: number;
  headers: ExpectedHeader[];
  payload: string;
}

const faultByText: Record<string, string> = {
  'Prelude checksum mismatch': 'PreludeChecksumMismatch',
  'Message checksum mismatch': 'MessageChecksumMismatch',
};

const fromBase64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));
const uint32 = (bytes: Uint8Array, at: number): number => new DataView(bytes.buffer, bytes.byteOffset).getUint32(at);

/** The JSON's (type code, value) turned into our header shape; CRCs and byte values there are signed / base64. */
function expectedHeader({ type, value }: ExpectedHeader): EventStreamHeaderValue {
  switch (type) {
    case 0:
    case 1:
      return { type: 'boolean', value: value as boolean };
    case 2:
      return { type: 'byte', value: value as number };
    case 3:
      return { type: 'short', value: value as number };
    case 4:
      return { type: 'integer', value: value as number };
    case 5:
      return { type: 'long', value: BigInt(value as number) };
    case 6:
      return { type: 'binary', value: fromBase64(value as string) };
    case 7:
      return { type: 'string', value: Buffer.from(value as string, 'base64').toString('utf8') };
    case 8:
      return { type: 'timestamp', value: new Date(value as number) };
    case 9: {
      const hex = Buffer.from(value as string, 'base64').toString('hex');
      return { type: 'uuid', value: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}` };
    }
    default:
      throw new Error(`unexpected type ${type} in the vector`);
  }
}

describe('event-stream conformance vectors (aws-sdk-go testdata)', () => {
  it('has the 5 positive and 4 negative vectors', () => {
    expect(names('positive')).toHaveLength(5);
    expect(names('negative')).toHaveLength(4);
  });

  describe.each(names('positive'))('positive %s', (name) => {
    const bytes = encoded('positive', name);
    const expected = JSON.parse(readFileSync(join(root, 'decoded', 'positive', name), 'utf8')) as Expected;

    it('has the expected lengths and (signed) CRCs on the wire, which our CRC-32 reproduces', () => {
      expect(bytes.length).toBe(expected.total_length);
      expect(uint32(bytes, 0)).toBe(expected.total_length);
      expect(uint32(bytes, 4)).toBe(expected.headers_length);
      expect(uint32(bytes, 8) | 0).toBe(expected.prelude_crc);
      expect(crc32(bytes, 0, 8) | 0).toBe(expected.prelude_crc);
      expect(uint32(bytes, bytes.length - 4) | 0).toBe(expected.message_crc);
      expect(crc32(bytes, 0, bytes.length - 4) | 0).toBe(expected.message_crc);
    });

    it('decodes every header (name, type, value, order) and the payload', () => {
      const message = decodeEventStreamMessage(bytes);
      expect(Object.keys(message.headers)).toEqual(expected.headers.map((header) => header.name));
      for (const header of expected.headers) expect(message.headers[header.name]).toEqual(expectedHeader(header));
      expect(message.payload).toEqual(fromBase64(expected.payload));
    });

    it('re-encodes to the original bytes', () => {
      expect(encodeEventStreamMessage(decodeEventStreamMessage(bytes))).toEqual(bytes);
    });
  });

  describe.each(names('negative'))('negative %s', (name) => {
    const expectedText = readFileSync(join(root, 'decoded', 'negative', name), 'utf8').trim();

    it(`is rejected with "${expectedText}"`, () => {
      let error: unknown;
      try {
        decodeEventStreamMessage(encoded('negative', name));
      } catch (caught) {
        error = caught;
      }
      expect(StreamError.isInstance(error)).toBe(true);
      expect((error as StreamError).message).toContain(expectedText);
      expect((error as StreamError).errorType).toBe(faultByText[expectedText]);
      expect((error as StreamError).retryable).toBe(false);
    });
  });
});
