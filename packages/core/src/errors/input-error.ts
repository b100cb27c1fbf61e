import { BedrockError, hasMarker } from './bedrock-error';

// The marker is a module constant, not `InputError.marker` in the class body: a class that names itself is
// emitted by esbuild as `class _InputError`, and `console.log(error)` then prints `_InputError`.
const marker: symbol = /* @__PURE__ */ Symbol.for('bedrock-kit.error.InputError');

/** The request breaks a rule known before sending (the message names the rule). */
export class InputError extends BedrockError {
  static override readonly marker: symbol = marker;
  override readonly name = 'InputError';

  static override isInstance(error: unknown): error is InputError {
    return hasMarker(error, marker);
  }
}
