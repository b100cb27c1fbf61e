import type { GenerateTextResult } from '../result';
import { BedrockError, type BedrockErrorOptions, hasMarker } from './bedrock-error';

export interface TimeoutErrorOptions extends BedrockErrorOptions {
  /** Which watchdog fired. */
  timeout: 'firstByte' | 'idle' | 'total';
  /** What was received before the timeout, when output had flowed. */
  partial?: GenerateTextResult;
}

// The marker is a module constant, not `TimeoutError.marker` in the class body: a class that names itself is
// emitted by esbuild as `class _TimeoutError`, and `console.log(error)` then prints `_TimeoutError`.
const marker: symbol = /* @__PURE__ */ Symbol.for('bedrock-kit.error.TimeoutError');

/** A first-byte, idle or total timeout fired; the request was aborted. */
export class TimeoutError extends BedrockError {
  static override readonly marker: symbol = marker;
  override readonly name = 'TimeoutError';
  declare readonly timeout: 'firstByte' | 'idle' | 'total';
  declare readonly partial?: GenerateTextResult;

  constructor(options: TimeoutErrorOptions) {
    super(options);
    Object.assign(this, { timeout: options.timeout, partial: options.partial });
  }

  static override isInstance(error: unknown): error is TimeoutError {
    return hasMarker(error, marker);
  }
}
