import { BedrockError, hasMarker } from './bedrock-error';

const marker = Symbol.for('bedrock-kit.error.ConfigError');

/** No credentials, bad options, or an unknown model family where one is needed. Thrown before any network call; the message says what to set. */
export class ConfigError extends BedrockError {
  private readonly [marker] = true;
  override name = 'ConfigError';

  static override isInstance(error: unknown): error is ConfigError {
    return hasMarker(error, marker);
  }
}
