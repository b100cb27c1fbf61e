import { BedrockError, hasMarker } from './bedrock-error';

const marker = Symbol.for('bedrock-kit.error.ValidationError');

/** HTTP 400 `ValidationException` from the service. */
export class ValidationError extends BedrockError {
  private readonly [marker] = true;
  override name = 'ValidationError';

  static override isInstance(error: unknown): error is ValidationError {
    return hasMarker(error, marker);
  }
}
