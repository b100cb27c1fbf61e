import { BedrockError, hasMarker } from './bedrock-error';

// The marker is a module constant, not `AuthError.marker` in the class body: a class that names itself is
// emitted by esbuild as `class _AuthError`, and `console.log(error)` then prints `_AuthError`.
const marker: symbol = /* @__PURE__ */ Symbol.for('bedrock-kit.error.AuthError');

/** HTTP 401/403 other than an expired signature: bad key, bad signature, access denied. */
export class AuthError extends BedrockError {
  static override readonly marker: symbol = marker;
  override readonly name = 'AuthError';

  static override isInstance(error: unknown): error is AuthError {
    return hasMarker(error, marker);
  }
}
