import type { GenerateTextResult } from '../result';
import { BedrockError, type BedrockErrorOptions, hasMarker } from './bedrock-error';

export interface StreamErrorOptions extends BedrockErrorOptions {
  /** What was received before the failure. */
  partial?: GenerateTextResult;
}

// The marker is a module constant, not `StreamError.marker` in the class body: a class that names itself is
// emitted by esbuild as `class _StreamError`, and `console.log(error)` then prints `_StreamError`.
const marker: symbol = /* @__PURE__ */ Symbol.for('bedrock-kit.error.StreamError');

/**
 * A stream failed after output reached the caller (in-stream exception), or its
 * bytes were malformed (bad frame, CRC mismatch), or the connection reset.
 * Nothing is lost: `partial` holds the result so far.
 */
export class StreamError extends BedrockError {
  static override readonly marker: symbol = marker;
  override readonly name = 'StreamError';
  declare readonly partial?: GenerateTextResult;

  constructor(options: StreamErrorOptions) {
    super(options);
    Object.assign(this, { partial: options.partial });
  }

  static override isInstance(error: unknown): error is StreamError {
    return hasMarker(error, marker);
  }
}
