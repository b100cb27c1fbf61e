import { convertBase64ToBytes } from '@bedrock-kit/core';
import { createEventStreamDecoder, readStringHeader } from '@bedrock-kit/eventstream';
import { chunkedStream, collectStream, readCassette } from '@bedrock-kit/test-utils';

/** One decoded event of a recorded event stream. */
export interface RecordedEvent {
  eventType: string | undefined;
  payload: Record<string, any>;
}

/** Decodes a recorded event stream (frames split at odd sizes, as a socket would). */
export async function readRecordedEvents(source: 'openllmetry' | 'pydantic-ai', name: string, index = 0): Promise<RecordedEvent[]> {
  const bytes = readCassette(source, name)[index]!.response.body;
  const messages = await collectStream(chunkedStream(bytes, [7, 300, 1, 64]).pipeThrough(createEventStreamDecoder()));
  return messages.map((message) => ({
    eventType: readStringHeader(message, ':event-type'),
    payload: JSON.parse(new TextDecoder().decode(message.payload)),
  }));
}

/** The model's own JSON events of a recorded InvokeModelWithResponseStream body (`chunk` → base64 `bytes`). */
export async function readRecordedChunks(source: 'openllmetry' | 'pydantic-ai', name: string, index = 0): Promise<unknown[]> {
  const events = await readRecordedEvents(source, name, index);
  return events
    .filter((event) => event.eventType === 'chunk')
    .map((event) => JSON.parse(new TextDecoder().decode(convertBase64ToBytes(event.payload.bytes))));
}
