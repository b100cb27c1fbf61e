import { BedrockError, hasMarker } from './bedrock-error';

const marker = Symbol.for('bedrock-kit.error.SignatureExpiredError');

/** HTTP 403 "Signature expired": the request outlived the 5-minute SigV4 window, or the clock is skewed. */
export class SignatureExpiredError extends BedrockError {
  private readonly [marker] = true;
  override name = 'SignatureExpiredError';

  static override isInstance(error: unknown): error is SignatureExpiredError {
    return hasMarker(error, marker);
  }
}
