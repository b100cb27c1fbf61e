import { BedrockError, type BedrockErrorOptions, hasMarker } from './bedrock-error';

const marker = Symbol.for('bedrock-kit.error.ThrottlingError');

/** HTTP 429, `ThrottlingException`, or an in-stream `throttlingException`. */
export class ThrottlingError extends BedrockError {
  private readonly [marker] = true;
  override name = 'ThrottlingError';

  constructor(options: BedrockErrorOptions) {
    super({ retryable: true, ...options });
  }

  static override isInstance(error: unknown): error is ThrottlingError {
    return hasMarker(error, marker);
  }
}
