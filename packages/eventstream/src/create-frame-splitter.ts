import { createFrameError } from './create-frame-error';
import { decodeFrame } from './decode-frame';
import type { EventStreamMessage } from './event-stream-message';
import { type Prelude, readPrelude } from './read-prelude';
import { PRELUDE_WITH_CHECKSUM_BYTES } from './wire-format';

/**
 * First buffer size for a frame that spans chunks. Most Bedrock frames are
 * far smaller, so they are copied once into a buffer of exactly their size;
 * larger ones grow by doubling as bytes arrive, so a declared length is never
 * allocated on trust before its bytes come (a stalled 16 MiB claim costs 64 KiB).
 */
const INITIAL_FRAME_CAPACITY = 64 * 1024;

/** Cuts a byte stream into frames; see {@link createFrameSplitter}. */
export interface FrameSplitter {
  /** Decodes every frame `chunk` completes, in order, passing each to `emit`. */
  push(chunk: Uint8Array, emit: (message: EventStreamMessage) => void): void;
  /** Throws `TruncatedStream` if the input ended inside a frame. */
  finish(): void;
}

/**
 * Cuts a byte stream into frames. Frames that lie whole inside a chunk are
 * decoded in place (views, no copy). Only a frame that spans chunks is
 * copied, into a buffer that is handed off with that frame's message:
 * the splitter keeps at most one unfinished frame, so memory never grows
 * with the length of the stream.
 */
export function createFrameSplitter(maxMessageBytes: number): FrameSplitter {
  /** Bytes of the unfinished frame; `filled > 0` means one is in progress. */
  let pending = new Uint8Array(0);
  let filled = 0;
  /** Its verified prelude, once 12 bytes have arrived. */
  let prelude: Prelude | undefined;

  /**
   * Copies bytes from `chunk[offset...]` until the unfinished frame holds
   * `limit` bytes or `chunk` runs out; returns the offset after what was taken.
   */
  const append = (chunk: Uint8Array, offset: number, limit: number): number => {
    const take = Math.min(limit - filled, chunk.length - offset);
    const needed = filled + take;
    if (pending.length < needed) {
      const grown = new Uint8Array(Math.min(limit, Math.max(needed, pending.length * 2, INITIAL_FRAME_CAPACITY)));
      grown.set(pending.subarray(0, filled));
      pending = grown;
    }
    pending.set(chunk.subarray(offset, offset + take), filled);
    filled = needed;
    return offset + take;
  };

  return {
    push(chunk, emit) {
      let offset = 0;
      if (filled > 0) {
        if (prelude === undefined) {
          offset = append(chunk, offset, PRELUDE_WITH_CHECKSUM_BYTES);
          if (filled < PRELUDE_WITH_CHECKSUM_BYTES) return;
          prelude = readPrelude(pending, 0, maxMessageBytes);
        }
        offset = append(chunk, offset, prelude.totalLength);
        if (filled < prelude.totalLength) return;
        const frame = pending;
        const framePrelude = prelude;
        pending = new Uint8Array(0);
        filled = 0;
        prelude = undefined;
        emit(decodeFrame(frame, 0, framePrelude));
      }
      while (chunk.length - offset >= PRELUDE_WITH_CHECKSUM_BYTES) {
        const next = readPrelude(chunk, offset, maxMessageBytes);
        if (chunk.length - offset < next.totalLength) {
          prelude = next;
          append(chunk, offset, next.totalLength);
          return;
        }
        emit(decodeFrame(chunk, offset, next));
        offset += next.totalLength;
      }
      if (offset < chunk.length) append(chunk, offset, PRELUDE_WITH_CHECKSUM_BYTES);
    },
    finish() {
      if (filled === 0) return;
      const expected = prelude === undefined ? `at least ${PRELUDE_WITH_CHECKSUM_BYTES}` : String(prelude.totalLength);
      throw createFrameError(
        'TruncatedStream',
        `Event stream ended inside a frame (${filled} of ${expected} bytes arrived): the body was cut off; send the request again.`,
      );
    },
  };
}
