import { BedrockError, hasMarker } from './bedrock-error';

/** No credentials, bad options, or an unknown model family where one is needed. Thrown before any network call; the message says what to set. */
export class ConfigError extends BedrockError {
  static override readonly marker: symbol = Symbol.for('bedrock-kit.error.ConfigError');
  override readonly name = 'ConfigError';

  static override isInstance(error: unknown): error is ConfigError {
    return hasMarker(error, ConfigError.marker);
  }
}
