import { createEventStreamDecoder, readStringHeader, type EventStreamMessage } from '@bedrock-kit/eventstream';
import { ServiceError, StreamError } from '@bedrock-kit/core';
import { createServiceError } from './create-service-error';
import { createTransportError } from './create-transport-error';
import { readServiceMessage } from './read-service-message';
import type { Watchdog } from './watchdog';

const decoder = /* @__PURE__ */ new TextDecoder();

/** One event of a Bedrock response stream. */
export interface StreamEventFrame {
  eventType: string;
  payload: unknown;
}

/**
 * Decodes a response body into events. Every frame resets the idle watchdog.
 * Exception frames (`:message-type` `exception` / `error`) become the typed
 * error of their `:exception-type`, thrown where they occur.
 */
export async function* readEventStream(body: ReadableStream<Uint8Array>, watchdog: Watchdog): AsyncGenerator<StreamEventFrame> {
  const reader = body.pipeThrough(createEventStreamDecoder()).getReader();
  try {
    for (;;) {
      let next: ReadableStreamReadResult<EventStreamMessage>;
      try {
        next = await reader.read();
      } catch (error) {
        // Only a failure to read the body is a transport failure; the caller sorts out timeout and abort.
        throw createTransportError(error, watchdog, undefined);
      }
      const { done, value } = next;
      if (done) return;
      watchdog.touch();
      yield parseFrame(value);
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

function parseFrame(message: EventStreamMessage): StreamEventFrame {
  const header = (name: string) => readStringHeader(message, name);
  const messageType = header(':message-type') ?? 'event';
  const text = decoder.decode(message.payload);
  let payload: unknown;
  try {
    payload = text === '' ? {} : JSON.parse(text);
  } catch (cause) {
    if (messageType === 'event') throw new StreamError({ message: 'A stream event payload is not JSON.', errorType: 'MalformedEvent', cause });
    payload = { message: text };
  }
  if (messageType === 'exception') {
    const errorType = header(':exception-type') ?? 'UnknownException';
    throw createServiceError({ errorType, message: readServiceMessage(payload) ?? `${errorType} in the response stream` });
  }
  if (messageType === 'error') {
    const code = header(':error-code') ?? 'UnknownError';
    throw new ServiceError({ message: header(':error-message') ?? code, errorType: code });
  }
  return { eventType: header(':event-type') ?? '', payload };
}
