import { BedrockError, hasMarker } from './bedrock-error';

/** HTTP 401/403 other than an expired signature: bad key, bad signature, access denied. */
export class AuthError extends BedrockError {
  static override readonly marker: symbol = Symbol.for('bedrock-kit.error.AuthError');
  override readonly name = 'AuthError';

  static override isInstance(error: unknown): error is AuthError {
    return hasMarker(error, AuthError.marker);
  }
}
