import { BedrockError, hasMarker } from './bedrock-error';

const marker = Symbol.for('bedrock-kit.error.ServiceError');

/** HTTP 5xx and other service exceptions (retryable where the service says so). */
export class ServiceError extends BedrockError {
  private readonly [marker] = true;
  override name = 'ServiceError';

  static override isInstance(error: unknown): error is ServiceError {
    return hasMarker(error, marker);
  }
}
