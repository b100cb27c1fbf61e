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

/**
 * Cuts a byte stream into frames. Frames that lie whole inside a chunk are
 * decoded in place (views, no copy). Only a frame that spans chunks is
 * copied, into a buffer that is handed off with that frame's message:
 * the splitter keeps at most one unfinished frame, so memory never grows
 * with the length of the stream.
 */
export class FrameSplitter {
  /** Bytes of the unfinished frame; `filled > 0` means one is in progress. */
  private pending = new Uint8Array(0);
  private filled = 0;
  /** Its verified prelude, once 12 bytes have arrived. */
  private prelude: Prelude | undefined;

  constructor(private readonly maxMessageBytes: number) {}

  /** Decodes every frame `chunk` completes, in order, passing each to `emit`. */
  push(chunk: Uint8Array, emit: (message: EventStreamMessage) => void): void {
    let offset = 0;
    if (this.filled > 0) {
      if (this.prelude === undefined) {
        offset = this.append(chunk, offset, PRELUDE_WITH_CHECKSUM_BYTES);
        if (this.filled < PRELUDE_WITH_CHECKSUM_BYTES) return;
        this.prelude = readPrelude(this.pending, 0, this.maxMessageBytes);
      }
      const prelude = this.prelude;
      offset = this.append(chunk, offset, prelude.totalLength);
      if (this.filled < prelude.totalLength) return;
      const frame = this.pending;
      this.reset();
      emit(decodeFrame(frame, 0, prelude));
    }
    while (chunk.length - offset >= PRELUDE_WITH_CHECKSUM_BYTES) {
      const prelude = readPrelude(chunk, offset, this.maxMessageBytes);
      if (chunk.length - offset < prelude.totalLength) {
        this.prelude = prelude;
        this.append(chunk, offset, prelude.totalLength);
        return;
      }
      emit(decodeFrame(chunk, offset, prelude));
      offset += prelude.totalLength;
    }
    if (offset < chunk.length) this.append(chunk, offset, PRELUDE_WITH_CHECKSUM_BYTES);
  }

  /** Throws `TruncatedStream` if the input ended inside a frame. */
  finish(): void {
    if (this.filled === 0) return;
    const expected = this.prelude === undefined ? `at least ${PRELUDE_WITH_CHECKSUM_BYTES}` : String(this.prelude.totalLength);
    throw createFrameError(
      'TruncatedStream',
      `Event stream ended inside a frame: ${this.filled} of ${expected} bytes arrived. The connection was cut or the body truncated; send the request again.`,
    );
  }

  private reset(): void {
    this.pending = new Uint8Array(0);
    this.filled = 0;
    this.prelude = undefined;
  }

  /**
   * Copies bytes from `chunk[offset...]` until the unfinished frame holds
   * `limit` bytes or `chunk` runs out; returns the offset after what was taken.
   */
  private append(chunk: Uint8Array, offset: number, limit: number): number {
    const take = Math.min(limit - this.filled, chunk.length - offset);
    const needed = this.filled + take;
    if (this.pending.length < needed) {
      const capacity = Math.min(limit, Math.max(needed, this.pending.length * 2, INITIAL_FRAME_CAPACITY));
      const grown = new Uint8Array(capacity);
      grown.set(this.pending.subarray(0, this.filled));
      this.pending = grown;
    }
    this.pending.set(chunk.subarray(offset, offset + take), this.filled);
    this.filled = needed;
    return offset + take;
  }
}
