// Test helper (not exported): builds and reads InvokeModelWithResponseStream bodies the way Bedrock sends them.
import { convertBase64ToBytes, convertBytesToBase64 } from '@bedrock-kit/core';
import { createEventStreamDecoder, encodeEventStreamMessage, readStringHeader, stringHeaders } from '@bedrock-kit/eventstream';
import { chunkedStream, collectStream, concatBytes } from '@bedrock-kit/test-utils';

/** Encodes model JSON chunks as `chunk` events with `{"bytes": "<base64>"}` payloads, concatenated. */
export function encodeNativeStream(chunks: unknown[]): Uint8Array {
  return concatBytes(
    chunks.map((chunk) => {
      const bytes = convertBytesToBase64(new TextEncoder().encode(JSON.stringify(chunk)));
      return encodeEventStreamMessage({
        headers: stringHeaders({ ':event-type': 'chunk', ':content-type': 'application/json', ':message-type': 'event' }),
        payload: new TextEncoder().encode(JSON.stringify({ bytes })),
      });
    }),
  );
}

/** Decodes an event-stream body (fed in odd-sized pieces) to the model JSON of each `chunk` event. */
export async function decodeNativeStream(body: Uint8Array): Promise<unknown[]> {
  const messages = await collectStream(chunkedStream(body, [7, 64, 3]).pipeThrough(createEventStreamDecoder()));
  return messages
    .filter((message) => readStringHeader(message, ':event-type') === 'chunk')
    .map((message) => {
      const { bytes } = JSON.parse(new TextDecoder().decode(message.payload)) as { bytes: string };
      return JSON.parse(new TextDecoder().decode(convertBase64ToBytes(bytes)));
    });
}

/** The `:event-type` of every frame of a recorded event-stream body. */
export async function readEventTypes(body: Uint8Array): Promise<(string | undefined)[]> {
  const messages = await collectStream(chunkedStream(body, [4096]).pipeThrough(createEventStreamDecoder()));
  return messages.map((message) => readStringHeader(message, ':event-type'));
}
