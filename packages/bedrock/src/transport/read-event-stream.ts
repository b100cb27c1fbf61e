import { createEventStreamParser, readStringHeader, type EventStreamMessage } from '@bedrock-kit/eventstream';
import { ServiceError, StreamError } from '@bedrock-kit/core';
import { typeStreamException } from './load-failure-code';
import { tagNetworkFailure } from './network-failure';
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
 * error of their `:exception-type`, thrown where they occur. Ending the
 * iteration early, or any failure, cancels the body.
 */
export function readEventStream(body: ReadableStream<Uint8Array>, watchdog: Watchdog): AsyncIterableIterator<StreamEventFrame> {
  return new EventFrameReader(body.getReader(), watchdog);
}

/**
 * A hand-written iterator rather than an async generator: an open stream
 * holds a suspended generator (its object, registers and pending request)
 * for as long as it waits for bytes. A parser fed from the body's reader, not
 * `pipeThrough`: a TransformStream and its pipe hold ~11 KB per open stream.
 */
class EventFrameReader implements AsyncIterableIterator<StreamEventFrame> {
  private readonly parser = createEventStreamParser();
  /** Whole frames decoded and not yet handed out. */
  private readonly frames: EventStreamMessage[] = [];
  private ended = false;
  /** A failure to read or decode the body, thrown once the frames before it are handed out. */
  private failure: { error: unknown } | undefined;

  constructor(
    private readonly reader: ReadableStreamDefaultReader<Uint8Array>,
    private readonly watchdog: Watchdog,
  ) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<StreamEventFrame, undefined>> {
    const { frames, watchdog } = this;
    try {
      while (frames.length === 0) {
        if (this.failure) throw this.failure.error;
        if (this.ended) return { done: true, value: undefined };
        try {
          const next = await this.reader.read();
          this.ended = next.done;
          if (next.done) this.parser.finish();
          else this.parser.push(next.value, (message) => frames.push(message));
        } catch (error) {
          // A failure to read or decode the body, typed once by the caller (which also sorts out timeout and abort).
          // A frame over the 16 MiB limit (refused on its prelude) is final: resending gets the same frame.
          const tooLarge = StreamError.isInstance(error) && error.errorType === 'FrameTooLarge';
          this.failure = { error: tooLarge ? new ServiceError({ message: error.message, errorType: 'FrameTooLarge', cause: error }) : tagNetworkFailure(error) };
        }
      }
      watchdog.touch(false); // bytes, not output: ends the first-byte wait, leaves the idle clock alone
      const frame = parseFrame(frames.shift()!);
      if (frame.exceptionType !== undefined) throw await typeStreamException(frame.exceptionType, frame.payload, watchdog.signal);
      return { done: false, value: frame };
    } catch (error) {
      this.cancel();
      throw error;
    }
  }

  /** The caller stopped early. */
  async return(): Promise<IteratorResult<StreamEventFrame, undefined>> {
    this.cancel();
    return { done: true, value: undefined };
  }

  private cancel(): void {
    this.reader.cancel().catch(() => {});
  }
}

/** A decoded frame; an exception frame carries its `:exception-type`, typed by the failure code (loaded on use). */
interface DecodedFrame extends StreamEventFrame {
  exceptionType?: string;
}

function parseFrame(message: EventStreamMessage): DecodedFrame {
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
  if (messageType === 'exception') return { eventType: '', payload, exceptionType: header(':exception-type') ?? 'UnknownException' };
  if (messageType === 'error') {
    const code = header(':error-code') ?? 'UnknownError';
    throw new ServiceError({ message: header(':error-message') ?? code, errorType: code });
  }
  return { eventType: header(':event-type') ?? '', payload };
}
