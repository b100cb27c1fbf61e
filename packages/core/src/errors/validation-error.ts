import { BedrockError, hasMarker } from './bedrock-error';

/** HTTP 400 `ValidationException` from the service. */
export class ValidationError extends BedrockError {
  static override readonly marker: symbol = Symbol.for('bedrock-kit.error.ValidationError');
  override readonly name = 'ValidationError';

  static override isInstance(error: unknown): error is ValidationError {
    return hasMarker(error, ValidationError.marker);
  }
}
