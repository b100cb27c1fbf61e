import { BedrockError, hasMarker } from './bedrock-error';

const marker = Symbol.for('bedrock-kit.error.InputError');

/** The request breaks a rule known before sending (the message names the rule). */
export class InputError extends BedrockError {
  private readonly [marker] = true;
  override name = 'InputError';

  static override isInstance(error: unknown): error is InputError {
    return hasMarker(error, marker);
  }
}
