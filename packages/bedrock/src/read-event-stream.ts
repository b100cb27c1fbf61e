import { createEventStreamParser, readStringHeader, type EventStreamMessage } from '@bedrock-kit/eventstream';
import { ServiceError, StreamError } from '@bedrock-kit/core';
import { createServiceError } from './create-service-error';
import { createTransportError } from './create-transport-error';
import { readServiceMessage } from './read-service-message';
import type { Watchdog } from './watchdog';

// Created on first use: nothing runs at import time.
let decoder: TextDecoder | undefined;

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
  // A parser fed from the body's reader, not `pipeThrough`: a TransformStream and its pipe hold ~11 KB per open stream.
  const reader = body.getReader();
  const parser = createEventStreamParser();
  const frames: EventStreamMessage[] = [];
  const collect = (message: EventStreamMessage) => frames.push(message);
  try {
    for (;;) {
      let done = false;
      let failure: unknown;
      try {
        const next = await reader.read();
        done = next.done;
        if (next.done) parser.finish();
        else parser.push(next.value, collect);
      } catch (error) {
        // Only a failure to read or decode the body is a transport failure; the caller sorts out timeout and abort.
        failure = createTransportError(error, watchdog, undefined);
      }
      // The whole frames before a fault still reach the caller.
      for (const message of frames.splice(0)) {
        watchdog.touch();
        yield parseFrame(message);
      }
      if (failure) throw failure;
      if (done) return;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

function parseFrame(message: EventStreamMessage): StreamEventFrame {
  const header = (name: string) => readStringHeader(message, name);
  const messageType = header(':message-type') ?? 'event';
  const text = (decoder ??= new TextDecoder()).decode(message.payload);
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
