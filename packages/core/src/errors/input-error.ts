import { BedrockError, hasMarker } from './bedrock-error';

/** The request breaks a rule known before sending (the message names the rule). */
export class InputError extends BedrockError {
  static override readonly marker: symbol = Symbol.for('bedrock-kit.error.InputError');
  override readonly name = 'InputError';

  static override isInstance(error: unknown): error is InputError {
    return hasMarker(error, InputError.marker);
  }
}
