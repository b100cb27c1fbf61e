import { BedrockError, hasMarker } from './bedrock-error';

const marker = Symbol.for('bedrock-kit.error.AuthError');

/** HTTP 401/403 other than an expired signature: bad key, bad signature, access denied. */
export class AuthError extends BedrockError {
  private readonly [marker] = true;
  override name = 'AuthError';

  static override isInstance(error: unknown): error is AuthError {
    return hasMarker(error, marker);
  }
}
