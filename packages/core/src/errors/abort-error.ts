import { BedrockError, hasMarker } from './bedrock-error';

/** The caller's `abortSignal` fired. */
export class AbortError extends BedrockError {
  static override readonly marker: symbol = Symbol.for('bedrock-kit.error.AbortError');
  override readonly name = 'AbortError';

  static override isInstance(error: unknown): error is AbortError {
    return hasMarker(error, AbortError.marker);
  }
}
