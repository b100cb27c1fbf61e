import { BedrockError, hasMarker } from './bedrock-error';

// The marker is a module constant, not `ValidationError.marker` in the class body: a class that names itself is
// emitted by esbuild as `class _ValidationError`, and `console.log(error)` then prints `_ValidationError`.
const marker: symbol = /* @__PURE__ */ Symbol.for('bedrock-kit.error.ValidationError');

/** HTTP 400 `ValidationException` from the service. */
export class ValidationError extends BedrockError {
  static override readonly marker: symbol = marker;
  override readonly name = 'ValidationError';

  static override isInstance(error: unknown): error is ValidationError {
    return hasMarker(error, marker);
  }
}
