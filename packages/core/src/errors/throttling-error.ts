import { BedrockError, type BedrockErrorOptions, hasMarker } from './bedrock-error';

// The marker is a module constant, not `ThrottlingError.marker` in the class body: a class that names itself is
// emitted by esbuild as `class _ThrottlingError`, and `console.log(error)` then prints `_ThrottlingError`.
const marker: symbol = /* @__PURE__ */ Symbol.for('bedrock-kit.error.ThrottlingError');

/** HTTP 429, `ThrottlingException`, or an in-stream `throttlingException`. */
export class ThrottlingError extends BedrockError {
  static override readonly marker: symbol = marker;
  override readonly name = 'ThrottlingError';

  constructor(options: BedrockErrorOptions) {
    super({ retryable: true, ...options });
  }

  static override isInstance(error: unknown): error is ThrottlingError {
    return hasMarker(error, marker);
  }
}
