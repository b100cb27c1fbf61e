import { BedrockError, hasMarker } from './bedrock-error';

// The marker is a module constant, not `ConfigError.marker` in the class body: a class that names itself is
// emitted by esbuild as `class _ConfigError`, and `console.log(error)` then prints `_ConfigError`.
const marker: symbol = /* @__PURE__ */ Symbol.for('bedrock-kit.error.ConfigError');

/** No credentials, bad options, or an unknown model family where one is needed. Thrown before any network call; the message says what to set. */
export class ConfigError extends BedrockError {
  static override readonly marker: symbol = marker;
  override readonly name = 'ConfigError';

  static override isInstance(error: unknown): error is ConfigError {
    return hasMarker(error, marker);
  }
}
