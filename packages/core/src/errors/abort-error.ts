import { BedrockError, hasMarker } from './bedrock-error';

const marker = Symbol.for('bedrock-kit.error.AbortError');

/** The caller's `abortSignal` fired. */
export class AbortError extends BedrockError {
  private readonly [marker] = true;
  override name = 'AbortError';

  static override isInstance(error: unknown): error is AbortError {
    return hasMarker(error, marker);
  }
}
