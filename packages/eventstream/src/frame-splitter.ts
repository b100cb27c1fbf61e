import { createFrameError } from './create-frame-error';
import { decodeFrame } from './decode-frame';
import type { EventStreamMessage } from './event-stream-message';
import { type Prelude, readPrelude } from './read-prelude';
import { PRELUDE_WITH_CHECKSUM_BYTES } from './wire-format';

/**
 * Cuts a byte stream into frames. Frames that lie whole inside a chunk are
 * decoded in place (views, no copy). Only a frame that spans chunks is
 * copied, once, into a buffer sized to that frame, which is dropped as soon
 * as the frame is emitted: memory never grows with the length of the stream.
 */
export class FrameSplitter {
  /** Bytes of the frame that spans chunks: 12 until its prelude is verified, then the whole frame. */
  private pending: Uint8Array | undefined;
  private filled = 0;
  private prelude: Prelude | undefined;

  constructor(private readonly maxMessageBytes: number) {}

  /** Decodes every frame `chunk` completes, in order. */
  push(chunk: Uint8Array, emit: (message: EventStreamMessage) => void): void {
    let offset = this.pending === undefined ? 0 : this.fillPending(chunk, emit);
    if (offset < 0) return;
    while (chunk.length - offset >= PRELUDE_WITH_CHECKSUM_BYTES) {
      const prelude = readPrelude(chunk, offset, this.maxMessageBytes);
      if (chunk.length - offset < prelude.totalLength) {
        this.startPending(chunk.subarray(offset), prelude.totalLength);
        this.prelude = prelude;
        return;
      }
      emit(decodeFrame(chunk, offset, prelude));
      offset += prelude.totalLength;
    }
    if (offset < chunk.length) this.startPending(chunk.subarray(offset), PRELUDE_WITH_CHECKSUM_BYTES);
  }

  /** Throws `TruncatedStream` if the stream ended inside a frame. */
  finish(): void {
    if (this.pending === undefined) return;
    const expected = this.prelude === undefined ? `at least ${PRELUDE_WITH_CHECKSUM_BYTES}` : String(this.pending.length);
    throw createFrameError(
      'TruncatedStream',
      `Event stream ended inside a frame: ${this.filled} of ${expected} bytes arrived. The connection was cut or the body truncated; send the request again.`,
    );
  }

  private startPending(bytes: Uint8Array, size: number): void {
    this.pending = new Uint8Array(size);
    this.pending.set(bytes);
    this.filled = bytes.length;
  }

  /**
   * Feeds the spanning frame from the head of `chunk`. Returns where the
   * rest of `chunk` starts, or -1 when `chunk` was used up without completing it.
   */
  private fillPending(chunk: Uint8Array, emit: (message: EventStreamMessage) => void): number {
    let offset = 0;
    let pending = this.pending!;
    if (this.prelude === undefined) {
      offset = this.copyIn(pending, chunk, 0);
      if (this.filled < PRELUDE_WITH_CHECKSUM_BYTES) return -1;
      // Verified before the declared length is used to size anything.
      const prelude = readPrelude(pending, 0, this.maxMessageBytes);
      const frame = new Uint8Array(prelude.totalLength);
      frame.set(pending);
      this.pending = pending = frame;
      this.prelude = prelude;
    }
    offset = this.copyIn(pending, chunk, offset);
    if (this.filled < pending.length) return -1;
    const prelude = this.prelude;
    this.pending = undefined;
    this.prelude = undefined;
    this.filled = 0;
    emit(decodeFrame(pending, 0, prelude));
    return offset;
  }

  /** Copies as much of `chunk` from `offset` as `target` still needs; returns the new offset. */
  private copyIn(target: Uint8Array, chunk: Uint8Array, offset: number): number {
    const take = Math.min(target.length - this.filled, chunk.length - offset);
    target.set(chunk.subarray(offset, offset + take), this.filled);
    this.filled += take;
    return offset + take;
  }
}
