import type { EventStreamDecoderOptions, EventStreamMessage } from './event-stream-message';
import { createEventStreamParser } from './create-event-stream-parser';

/**
 * An incremental decoder: pipe a response body through it and read one
 * `EventStreamMessage` per frame, however the bytes were chunked. Both CRCs
 * of every frame are verified; the prelude CRC as soon as its 12 bytes
 * arrive, so a corrupted length fails at once instead of stalling.
 *
 * Payloads are views into the input chunks where a frame lies whole in one
 * chunk: don't mutate chunks after writing them.
 *
 * @throws ConfigError when `maxMessageBytes` is not an integer from 16 to 16 MiB (`MAX_EVENT_STREAM_MESSAGE_BYTES`).
 * The stream errors with a `StreamError` whose `errorType` names the fault
 * (see `decodeEventStreamMessage`), plus `TruncatedStream` when the input
 * ends inside a frame and `InvalidChunk` for a chunk that is not bytes.
 * @example
 * const messages = response.body!.pipeThrough(createEventStreamDecoder());
 * for await (const message of messages) console.log(readStringHeader(message, ':event-type'));
 */
export function createEventStreamDecoder(
  options?: EventStreamDecoderOptions,
): TransformStream<Uint8Array, EventStreamMessage> {
  const parser = createEventStreamParser(options);
  return new TransformStream<Uint8Array, EventStreamMessage>({
    transform(chunk, controller) {
      parser.push(chunk, (message) => controller.enqueue(message));
    },
    flush() {
      parser.finish();
    },
  });
}
