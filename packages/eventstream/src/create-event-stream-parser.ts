import type { EventStreamDecoderOptions } from './event-stream-message';
import { createFrameSplitter, type FrameSplitter } from './create-frame-splitter';
import { resolveMaxMessageBytes } from './resolve-max-message-bytes';

/** Feeds chunks in, emits messages; see {@link createEventStreamParser}. */
export type EventStreamParser = FrameSplitter;

/**
 * The decoder of `createEventStreamDecoder` without web streams: push each
 * chunk as it arrives and get every message it completes, then call
 * `finish()` at the end of the input. Same checks and errors (thrown from
 * `push` / `finish`), a fraction of the memory: a `TransformStream` and its
 * pipe hold about 11 KB per open stream in Node.
 *
 * @throws ConfigError when `maxMessageBytes` is not an integer from 16 to 16 MiB (`MAX_EVENT_STREAM_MESSAGE_BYTES`).
 * @example
 * const parser = createEventStreamParser();
 * const reader = response.body!.getReader();
 * for (let read = await reader.read(); !read.done; read = await reader.read()) {
 *   parser.push(read.value, (message) => console.log(readStringHeader(message, ':event-type')));
 * }
 * parser.finish();
 */
export function createEventStreamParser(options?: EventStreamDecoderOptions): EventStreamParser {
  return createFrameSplitter(resolveMaxMessageBytes(options));
}
