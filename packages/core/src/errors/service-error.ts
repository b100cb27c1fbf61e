import { BedrockError, hasMarker } from './bedrock-error';

// The marker is a module constant, not `ServiceError.marker` in the class body: a class that names itself is
// emitted by esbuild as `class _ServiceError`, and `console.log(error)` then prints `_ServiceError`.
const marker: symbol = /* @__PURE__ */ Symbol.for('bedrock-kit.error.ServiceError');

/** HTTP 5xx and other service exceptions (retryable where the service says so). */
export class ServiceError extends BedrockError {
  static override readonly marker: symbol = marker;
  override readonly name = 'ServiceError';

  static override isInstance(error: unknown): error is ServiceError {
    return hasMarker(error, marker);
  }
}
