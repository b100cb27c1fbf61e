import { encodeEventStreamMessage, stringHeaders } from '@bedrock-kit/eventstream';
import type { StreamEvent } from './render-converse-stream';

const PADDING_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
// Created on first use: nothing runs when the package is imported.
let encoder: TextEncoder | undefined;
const encodeUtf8 = (text: string): Uint8Array => (encoder ??= new TextEncoder()).encode(text);

/**
 * The `"p"` padding field newer Bedrock streams add to every payload (its
 * length varies to hide token lengths); here it varies deterministically.
 */
export function padding(index: number): string {
  return PADDING_ALPHABET.slice(0, ((index * 37 + 11) % 54) + 1);
}

/** JSON with the keys in alphabetical order, as the service writes stream payloads. */
function sortedJson(payload: Record<string, unknown>): string {
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(payload).sort()) sorted[key] = payload[key];
  return JSON.stringify(sorted);
}

/** One `:message-type: event` frame with a padded JSON payload. */
export function encodeEventFrame(event: StreamEvent, index: number): Uint8Array {
  return encodeEventStreamMessage({
    headers: stringHeaders({ ':event-type': event.eventType, ':content-type': 'application/json', ':message-type': 'event' }),
    payload: encodeUtf8(sortedJson({ ...event.payload, p: padding(index) })),
  });
}

/** InvokeModelWithResponseStream `chunk` events: the model's own JSON, base64 in `bytes`. */
export function chunkEvents(chunks: readonly Record<string, unknown>[]): StreamEvent[] {
  return chunks.map((chunk) => ({
    eventType: 'chunk',
    payload: { bytes: Buffer.from(JSON.stringify(chunk), 'utf8').toString('base64') },
  }));
}

/** An exception frame (`:message-type: exception`), which ends a stream. */
export function encodeExceptionFrame(exceptionType: string, payload: Record<string, unknown>): Uint8Array {
  return encodeEventStreamMessage({
    headers: stringHeaders({ ':exception-type': exceptionType, ':content-type': 'application/json', ':message-type': 'exception' }),
    payload: encodeUtf8(JSON.stringify(payload)),
  });
}

/** Splits a recorded event stream into its frames, by each frame's length prefix. */
export function splitFrames(bytes: Uint8Array): Uint8Array[] {
  const frames: Uint8Array[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  while (offset + 4 <= bytes.length) {
    const length = view.getUint32(offset);
    if (length < 16 || offset + length > bytes.length) break;
    frames.push(bytes.subarray(offset, offset + length));
    offset += length;
  }
  if (offset < bytes.length) frames.push(bytes.subarray(offset));
  return frames;
}
