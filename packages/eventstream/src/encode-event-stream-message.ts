import { InputError } from '@bedrock-kit/core';
import { crc32 } from './crc32';
import type { EventStreamHeaderValue, EventStreamMessage } from './event-stream-message';
import { prepareHeader } from './prepare-header';
import { CHECKSUM_BYTES, HEADERS_LENGTH_OFFSET, MAX_UINT32, MINIMUM_FRAME_BYTES, PRELUDE_BYTES, PRELUDE_WITH_CHECKSUM_BYTES } from './wire-format';

function writeUint32(target: Uint8Array, offset: number, value: number): void {
  target[offset] = value >>> 24;
  target[offset + 1] = value >>> 16;
  target[offset + 2] = value >>> 8;
  target[offset + 3] = value;
}

/**
 * Encodes one message as a frame: prelude, prelude CRC, headers in object
 * order, payload, message CRC. Enforces the wire format's own limits (name
 * 1–255 bytes of UTF-8, string and binary values up to 65,535 bytes, value
 * ranges of each integer type) but not the decoder's 16 MiB default cap, so
 * tests can build oversized frames.
 *
 * @throws InputError naming the header and the rule it breaks.
 * @example
 * const frame = encodeEventStreamMessage({
 *   headers: stringHeaders({ ':message-type': 'event', ':event-type': 'chunk' }),
 *   payload: new TextEncoder().encode('{"bytes":"e30="}'),
 * });
 */
export function encodeEventStreamMessage(message: EventStreamMessage): Uint8Array {
  if (typeof message?.headers !== 'object' || message.headers === null) {
    throw new InputError({ message: 'Event-stream message needs a headers object (use {} for none) and a Uint8Array payload.' });
  }
  const encoded: Uint8Array[] = [];
  let headersLength = 0;
  for (const name of Object.keys(message.headers)) {
    const header = prepareHeader(name, message.headers[name] as EventStreamHeaderValue);
    encoded.push(header);
    headersLength += header.length;
  }
  const payload = message.payload;
  if (!(payload instanceof Uint8Array)) {
    throw new InputError({ message: 'Event-stream message payload must be a Uint8Array; encode text with TextEncoder first.' });
  }
  const totalLength = MINIMUM_FRAME_BYTES + headersLength + payload.length;
  if (totalLength > MAX_UINT32) {
    throw new InputError({ message: `Event-stream message of ${totalLength} bytes exceeds the format's 4 GiB frame limit; split the payload.` });
  }
  const frame = new Uint8Array(totalLength);
  writeUint32(frame, 0, totalLength);
  writeUint32(frame, HEADERS_LENGTH_OFFSET, headersLength);
  writeUint32(frame, PRELUDE_BYTES, crc32(frame, 0, PRELUDE_BYTES));
  let offset = PRELUDE_WITH_CHECKSUM_BYTES;
  for (const header of encoded) {
    frame.set(header, offset);
    offset += header.length;
  }
  frame.set(payload, offset);
  const checksumAt = totalLength - CHECKSUM_BYTES;
  writeUint32(frame, checksumAt, crc32(frame, 0, checksumAt));
  return frame;
}
