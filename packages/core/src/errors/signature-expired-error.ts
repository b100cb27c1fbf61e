import { BedrockError, hasMarker } from './bedrock-error';

/** HTTP 403 "Signature expired": the request outlived the 5-minute SigV4 window, or the clock is skewed. */
export class SignatureExpiredError extends BedrockError {
  static override readonly marker: symbol = Symbol.for('bedrock-kit.error.SignatureExpiredError');
  override readonly name = 'SignatureExpiredError';

  static override isInstance(error: unknown): error is SignatureExpiredError {
    return hasMarker(error, SignatureExpiredError.marker);
  }
}
