import { BedrockError, type BedrockErrorOptions, hasMarker } from './bedrock-error';

/** HTTP 429, `ThrottlingException`, or an in-stream `throttlingException`. */
export class ThrottlingError extends BedrockError {
  static override readonly marker: symbol = Symbol.for('bedrock-kit.error.ThrottlingError');
  override readonly name = 'ThrottlingError';

  constructor(options: BedrockErrorOptions) {
    super({ retryable: true, ...options });
  }

  static override isInstance(error: unknown): error is ThrottlingError {
    return hasMarker(error, ThrottlingError.marker);
  }
}
