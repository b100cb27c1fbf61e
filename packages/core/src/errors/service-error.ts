import { BedrockError, hasMarker } from './bedrock-error';

/** HTTP 5xx and other service exceptions (retryable where the service says so). */
export class ServiceError extends BedrockError {
  static override readonly marker: symbol = Symbol.for('bedrock-kit.error.ServiceError');
  override readonly name = 'ServiceError';

  static override isInstance(error: unknown): error is ServiceError {
    return hasMarker(error, ServiceError.marker);
  }
}
