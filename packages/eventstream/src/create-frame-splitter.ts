import { createFrameError } from './create-frame-error';
import { decodeFrame } from './decode-frame';
import type { EventStreamMessage } from './event-stream-message';
import { readPrelude } from './read-prelude';
import { PRELUDE_WITH_CHECKSUM_BYTES } from './wire-format';

/**
 * First buffer size for a frame that spans chunks. Most Bedrock frames are
 * far smaller, so they are copied once into a buffer of exactly their size;
 * larger ones grow by doubling as bytes arrive, so a declared length is never
 * allocated on trust before its bytes come (a stalled 16 MiB claim costs 64 KiB).
 */
const INITIAL_FRAME_CAPACITY = 64 * 1024;

/** No unfinished frame: one shared empty buffer (never written), not a fresh one per stream and per frame. */
const NO_BYTES = /* @__PURE__ */ new Uint8Array(0);

/** Cuts a byte stream into frames; see {@link createFrameSplitter}. */
export interface FrameSplitter {
  /** Decodes every frame `chunk` completes, in order, passing each to `emit`; throws `InvalidChunk` for a chunk that is not a `Uint8Array`. */
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
  let pending = NO_BYTES;
  let filled = 0;
  /** Its total length once its prelude is verified, until then the prelude's 12 bytes. */
  let wanted = PRELUDE_WITH_CHECKSUM_BYTES;

  /**
   * Copies bytes from `chunk[offset...]` until the unfinished frame holds
   * `wanted` bytes or `chunk` runs out; returns the offset after what was taken.
   */
  const append = (chunk: Uint8Array, offset: number): number => {
    const take = Math.min(wanted - filled, chunk.length - offset);
    const needed = filled + take;
    if (pending.length < needed) {
      const grown = new Uint8Array(Math.min(wanted, Math.max(needed, pending.length * 2, INITIAL_FRAME_CAPACITY)));
      grown.set(pending.subarray(0, filled));
      pending = grown;
    }
    pending.set(chunk.subarray(offset, offset + take), filled);
    filled = needed;
    return offset + take;
  };

  return {
    push(chunk, emit) {
      // A tag check rather than instanceof: chunks from another realm (iframe, vm) are still bytes.
      const tag = Object.prototype.toString.call(chunk).slice(8, -1);
      if (tag !== 'Uint8Array') throw createFrameError('InvalidChunk', `Event-stream decoder got a ${tag} chunk; it takes Uint8Array chunks.`);
      let offset = 0;
      while (offset < chunk.length) {
        if (filled === 0 && chunk.length - offset >= PRELUDE_WITH_CHECKSUM_BYTES) {
          const totalLength = readPrelude(chunk, offset, maxMessageBytes);
          if (chunk.length - offset >= totalLength) {
            // The whole frame is in this chunk: decode it in place.
            emit(decodeFrame(chunk, offset, totalLength));
            offset += totalLength;
            continue;
          }
          wanted = totalLength;
        }
        offset = append(chunk, offset);
        if (filled < wanted) continue;
        if (wanted === PRELUDE_WITH_CHECKSUM_BYTES) {
          // The prelude arrived in pieces; no frame is this short (the minimum is 16).
          wanted = readPrelude(pending, 0, maxMessageBytes);
          continue;
        }
        const frame = pending;
        pending = NO_BYTES;
        filled = 0;
        emit(decodeFrame(frame, 0, wanted));
        wanted = PRELUDE_WITH_CHECKSUM_BYTES;
      }
    },
    finish() {
      if (filled === 0) return;
      // Before its prelude arrived, a frame's length is not known yet.
      const expected = wanted > PRELUDE_WITH_CHECKSUM_BYTES ? wanted : `at least ${wanted}`;
      throw createFrameError('TruncatedStream', `Event stream ended inside a frame (${filled} of ${expected} bytes): send the request again.`);
    },
  };
}
