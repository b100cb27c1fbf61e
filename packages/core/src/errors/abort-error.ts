import { BedrockError, hasMarker } from './bedrock-error';

// The marker is a module constant, not `AbortError.marker` in the class body: a class that names itself is
// emitted by esbuild as `class _AbortError`, and `console.log(error)` then prints `_AbortError`.
const marker: symbol = /* @__PURE__ */ Symbol.for('bedrock-kit.error.AbortError');

/** The caller's `abortSignal` fired. */
export class AbortError extends BedrockError {
  static override readonly marker: symbol = marker;
  override readonly name = 'AbortError';

  static override isInstance(error: unknown): error is AbortError {
    return hasMarker(error, marker);
  }
}
