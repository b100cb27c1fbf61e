import { BedrockError, hasMarker } from './bedrock-error';

// The marker is a module constant, not `SignatureExpiredError.marker` in the class body: a class that names itself is
// emitted by esbuild as `class _SignatureExpiredError`, and `console.log(error)` then prints `_SignatureExpiredError`.
const marker: symbol = /* @__PURE__ */ Symbol.for('bedrock-kit.error.SignatureExpiredError');

/** HTTP 403 "Signature expired": the request outlived the 5-minute SigV4 window, or the clock is skewed. */
export class SignatureExpiredError extends BedrockError {
  static override readonly marker: symbol = marker;
  override readonly name = 'SignatureExpiredError';

  static override isInstance(error: unknown): error is SignatureExpiredError {
    return hasMarker(error, marker);
  }
}
